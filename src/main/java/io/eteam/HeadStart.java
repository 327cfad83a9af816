package io.eteam;

import io.eteam.cli.ClientFactory;
import io.eteam.web.WebServer;

/// Start-up work begun on a second thread before the arguments are parsed, so that a small
/// machine's two cores share it; each part is only a head start, and the command itself meets
/// and reports any real problem.
///
/// - a client command (`raise`, `blockers`, ...): the JSON mapper and the JDK's HTTP client are
///   set up beside picocli reading the command (Jackson alone takes as long as picocli); with
///   `CommandTree` and the launcher's AppCDS archive this brought `eteam raise` within 6× a Java
///   hello-world (5.7×, README);
/// - `serve`: the web stack's classes load beside the parsing and the opening of the database
///   (`Database.opening`), which together brought the first healthy answer within 1.5 s (1.36 s).
final class HeadStart {

    private HeadStart() {
    }

    static void begin(String[] args) {
        if (args.length == 0) {
            return;
        }
        if (ClientFactory.commands().containsKey(args[0])) {
            run(() -> ClientFactory.warmUp(args));
        } else if (args[0].equals("serve")) {
            run(WebServer::warmUp);
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private static void run(Work work) {
        var thread = new Thread(() -> {
            try {
                work.run();
            } catch (Exception e) {
                // Only a head start: the command meets and reports any real problem itself.
            }
        }, "eteam-head-start");
        thread.setDaemon(true);
        thread.start();
    }
}
