package io.eteam.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import io.eteam.blocker.Blocker;
import io.eteam.blocker.BlockerEdit;
import io.eteam.calendar.CalendarService;
import io.eteam.sla.SlaService;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import io.eteam.blocker.BlockerEvent;
import io.eteam.blocker.BlockerService;
import io.eteam.blocker.RaiseBlocker;
import io.eteam.blocker.Similar;
import io.eteam.blocker.Resolve;
import io.eteam.blocker.Withdraw;
import io.eteam.problem.Problem;
import io.javalin.http.Context;
import java.util.HashSet;
import java.util.List;

/// HTTP handlers for blockers.
final class BlockerRoutes {

    private final BlockerService blockers;
    private final CalendarService calendar;
    private final SlaService sla;

    BlockerRoutes(BlockerService blockers, CalendarService calendar, SlaService sla) {
        this.blockers = blockers;
        this.calendar = calendar;
        this.sla = sla;
    }

    /// A blocker as the API shows it: its fields and its SLA clock.
    record BlockerJson(@JsonUnwrapped Blocker blocker, @JsonUnwrapped SlaService.Reading clock) {
    }

    private BlockerJson json(Blocker b) {
        return new BlockerJson(b, sla.read(b));
    }

    private List<BlockerJson> json(List<Blocker> list) {
        var readings = sla.read(list);
        var result = new java.util.ArrayList<BlockerJson>(list.size());
        for (int i = 0; i < list.size(); i++) {
            result.add(new BlockerJson(list.get(i), readings.get(i)));
        }
        return result;
    }

    /// What an import answers: how many blockers it created and their ids.
    record Imported(int imported, List<Long> ids) {
    }

    void importCsv(Context ctx) {
        var actor = Auth.actor(ctx);
        String csv;
        try {
            csv = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(ctx.bodyAsBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw Problem.invalid("csv", "The file is not UTF-8 text; save it as UTF-8 CSV and try again.");
        }
        var ids = blockers.importCsv(actor, csv, calendar.settings().zone());
        ctx.status(201).json(new Imported(ids.size(), ids));
    }

    /// A blocker with its history, as `GET /api/v1/blockers/{id}` answers.
    record BlockerDetail(@JsonUnwrapped BlockerJson blocker, List<BlockerEvent> history) {
    }

    void list(Context ctx) {
        Auth.actor(ctx);
        var status = ctx.queryParam("status");
        ctx.json(json(blockers.list(status == null ? "open" : status, ctx.queryParam("raised_by"))));
    }

    /// A raised blocker, with the resolved ones it may repeat (BLK-12) when it names none and
    /// there are any (no `similar` otherwise, so it reads as any other blocker).
    record RaisedJson(@JsonUnwrapped BlockerJson blocker,
                      @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
                      List<Similar.Match> similar) {
    }

    void raise(Context ctx) {
        var input = Json.read(ctx, RaiseBlocker.class);
        var raised = blockers.raise(Auth.actor(ctx), input);
        var similar = raised.repeats() == null ? blockers.similar(raised.title()) : List.<Similar.Match>of();
        ctx.status(201).json(new RaisedJson(json(raised), similar));
    }

    void get(Context ctx) {
        Auth.actor(ctx);
        var found = blockers.withHistory(PathParams.blockerId(ctx));
        ctx.json(new BlockerDetail(json(found.blocker()), found.history()));
    }

    void edit(Context ctx) {
        var body = Json.object(ctx);
        var present = new HashSet<String>();
        body.fieldNames().forEachRemaining(present::add);
        for (var field : present) {
            if (!BlockerEdit.FIELDS.contains(field)) {
                throw Problem.invalid(field, "Unknown field '" + field + "'; a blocker's title, detail, kind, impact, minutes, blocking and repeats can be edited.");
            }
        }
        var edit = new BlockerEdit(text(body, "title"), text(body, "detail"), text(body, "kind"), text(body, "impact"),
                minutes(body), text(body, "blocking"), repeats(body), present);
        ctx.json(json(blockers.edit(Auth.actor(ctx), PathParams.blockerId(ctx), edit)));
    }

    void resolve(Context ctx) {
        var input = Json.read(ctx, Resolve.class);
        ctx.json(json(blockers.resolve(Auth.actor(ctx), PathParams.blockerId(ctx), input)));
    }

    void withdraw(Context ctx) {
        var input = Json.read(ctx, Withdraw.class);
        ctx.json(json(blockers.withdraw(Auth.actor(ctx), PathParams.blockerId(ctx), input)));
    }

    private static String text(JsonNode body, String field) {
        var node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw Problem.invalid(field, field + " must be a string.");
        }
        return node.textValue();
    }

    private static Long repeats(JsonNode body) {
        var node = body.get("repeats");
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 1) {
            throw Problem.invalid("repeats", "repeats must be the id of the earlier blocker, like 42, or null for none.");
        }
        return node.longValue();
    }

    private static Integer minutes(JsonNode body) {
        var node = body.get("minutes");
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.canConvertToInt() || !node.isIntegralNumber()) {
            throw Problem.invalid("minutes", "minutes must be a whole number from 5 to 60.");
        }
        return node.intValue();
    }
}
