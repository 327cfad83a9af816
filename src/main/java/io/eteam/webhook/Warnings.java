package io.eteam.webhook;

import io.eteam.blocker.Blocker;
import io.eteam.blocker.BlockerService;
import io.eteam.db.Outbox;
import io.eteam.event.EventBus;
import io.eteam.event.EventType;
import io.eteam.sla.SlaService;
import io.eteam.sla.SlaStatus;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/// HOOK-6 — warnings before and at a breach: once a minute (`EveryMinute`) the open blockers' SLA clocks are read;
/// a blocker that has become `at_risk` (its target falls before the next meeting ends) is
/// announced as `blocker.at_risk`, and one that has breached as `blocker.breached`, each once per
/// blocker (one that breached before anyone warned of the risk gets the breach alone), naming its
/// raiser and the VP whose area blocks, for the webhooks and the live pages. Of several servers
/// the first to record a warning gives it.
public final class Warnings {

    /// Who the events name as `by`: nobody did it, the clock did.
    static final String BY = "eteam";

    private final WebhookRepository repository;
    private final BlockerService blockers;
    private final SlaService sla;
    private final EventBus events;
    private final Clock clock;

    public Warnings(WebhookRepository repository, BlockerService blockers, SlaService sla, EventBus events, Clock clock) {
        this.repository = repository;
        this.blockers = blockers;
        this.sla = sla;
        this.events = events;
        this.clock = clock;
    }

    /// Gives the warnings due now; answers how many.
    public int scan() {
        var open = blockers.list("open", null);
        var readings = sla.read(open);
        var warned = repository.warnedOpen();
        int given = 0;
        for (int i = 0; i < open.size(); i++) {
            var b = open.get(i);
            var reading = readings.get(i);
            var type = reading.sla() == SlaStatus.BREACHED ? EventType.BLOCKER_BREACHED
                    : reading.sla() == SlaStatus.AT_RISK ? EventType.BLOCKER_AT_RISK : null;
            if (type == null || warned.contains(b.id() + ":" + kind(type))) {
                continue;
            }
            if (warn(b, type, fields(b, reading))) {
                given++;
            }
        }
        return given;
    }

    private boolean warn(Blocker b, EventType type, Map<String, Object> fields) {
        var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        boolean given = repository.dsl().transactionResult(tx -> {
            if (!WebhookRepository.in(tx.dsl()).warn(b.id(), kind(type), now)) {
                return false;
            }
            Outbox.stage(tx.dsl(), type, now, BY, fields);
            return true;
        });
        if (given) {
            events.publish(type, now, BY, fields);
        }
        return given;
    }

    private static Map<String, Object> fields(Blocker b, SlaService.Reading reading) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("blocker_id", b.id());
        fields.put("raised_by", b.raisedBy());
        fields.put("blocking", b.blocking());
        fields.put("target_days", reading.targetDays().toPlainString());
        fields.put("target_at", reading.targetAt() == null ? null : reading.targetAt().toString());
        return fields;
    }

    private static String kind(EventType type) {
        return type == EventType.BLOCKER_BREACHED ? "breached" : "at_risk";
    }

}
