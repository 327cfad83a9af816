package io.eteam.web;

import io.eteam.backup.BackupService;
import io.javalin.http.Context;

/// HTTP handler for an online backup: the file streams out as the database is read.
final class BackupRoutes {

    private BackupRoutes() {
    }

    static void backup(BackupService backups, Context ctx) {
        var actor = Auth.actor(ctx);
        backups.write(actor, () -> {
            ctx.contentType("application/gzip");
            ctx.header("Content-Disposition", "attachment; filename=\"eteam-backup.jsonl.gz\"");
            return ctx.outputStream();
        });
    }
}
