package io.eteam.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.eteam.action.Action;
import io.eteam.action.ActionService;
import io.eteam.calendar.CalendarService;
import io.eteam.db.Outbox;
import io.eteam.sla.SlaMarkdown;
import io.eteam.sla.SlaService;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/// HOOK-7 — the weekly digest: once the week's digest time has passed (a weekday and a local time
/// a chair sets, default Monday 09:00, in the work calendar's zone), every webhook that wants
/// `digest` is sent one message for the week: the SLA report of the last complete week in
/// Markdown, then the actions not done, overdue first. Staged once per webhook and ISO week (its
/// delivery id names both), whichever server looks first.
public final class Digest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebhookRepository webhooks;
    private final CalendarService calendar;
    private final SlaService sla;
    private final ActionService actions;
    private final Clock clock;

    public Digest(WebhookRepository webhooks, CalendarService calendar, SlaService sla, ActionService actions, Clock clock) {
        this.webhooks = webhooks;
        this.calendar = calendar;
        this.sla = sla;
        this.actions = actions;
        this.clock = clock;
    }

    /// Stages this week's digest for every webhook that wants it and has not had it; answers how many.
    public int send() {
        var zone = calendar.settings().zone();
        var now = clock.instant();
        var at = webhooks.digestTime();
        var monday = now.atZone(zone).toLocalDate().with(DayOfWeek.MONDAY);
        var due = monday.with(TemporalAdjusters.nextOrSame(at.day())).atTime(at.time()).atZone(zone).toInstant();
        if (now.isBefore(due)) {
            return 0;
        }
        var week = week(monday);
        var owed = new ArrayList<WebhookRepository.Stored>();
        for (var hook : webhooks.stored()) {
            if (Outbox.subscribed(hook.events(), WebhookService.DIGEST) && !webhooks.hasDelivery(delivery(week, hook.id()))) {
                owed.add(hook);
            }
        }
        if (owed.isEmpty()) {
            return 0;
        }
        var body = body(week, now.truncatedTo(ChronoUnit.MILLIS));
        int staged = 0;
        for (var hook : owed) {
            boolean added = webhooks.dsl().transactionResult(tx ->
                    Outbox.stageOnce(tx.dsl(), hook.id(), delivery(week, hook.id()), WebhookService.DIGEST, body, now));
            staged += added ? 1 : 0;
        }
        return staged;
    }

    /// `{id, type, at, by, week, report_from, report_to, markdown, actions}`: the report's Markdown and the
    /// actions not done, for people (`markdown`) and for programs (`actions`).
    private String body(String week, Instant at) {
        var report = sla.report(null, null, null);
        var owed = new ArrayList<Action>(actions.list(null, Action.OVERDUE));
        owed.addAll(actions.list(null, Action.OPEN));
        var md = new StringBuilder("# E-Team weekly digest, ").append(week).append("\n\n");
        md.append(SlaMarkdown.render(report));
        md.append("\n## Actions not done\n\n");
        if (owed.isEmpty()) {
            md.append("Every decision with a due date is done.\n");
        } else {
            md.append("| # | owner | due | status | decision |\n|---:|---|---|---|---|\n");
            for (var a : owed) {
                md.append("| ").append(a.id()).append(" | ").append(SlaMarkdown.cell(a.owner())).append(" | ").append(a.due())
                        .append(" | ").append(a.status()).append(" | ").append(SlaMarkdown.cell(a.decision())).append(" |\n");
            }
        }
        var object = new LinkedHashMap<String, Object>();
        object.put("id", "digest-" + week);
        object.put("type", WebhookService.DIGEST);
        object.put("at", at.toString());
        object.put("by", Warnings.BY);
        object.put("week", week);
        object.put("report_from", report.period().from().toString());
        object.put("report_to", report.period().to().toString());
        object.put("markdown", md.toString());
        var list = new ArrayList<Map<String, Object>>();
        for (var a : owed) {
            var item = new LinkedHashMap<String, Object>();
            item.put("id", a.id());
            item.put("owner", a.owner());
            item.put("due", a.due().toString());
            item.put("status", a.status());
            list.add(item);
        }
        object.put("actions", list);
        try {
            return JSON.writeValueAsString(object);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("strings, numbers and lists always serialise", e);
        }
    }

    static String week(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static String delivery(String week, long hook) {
        return "digest-" + week + "." + hook;
    }
}
