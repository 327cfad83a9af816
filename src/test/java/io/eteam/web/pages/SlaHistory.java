package io.eteam.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.support.TestServer;

/// A small history in ISO week 2026-W47 under the default calendar (Stockholm, UTC+1 in
/// November, MON–FRI 09:00–17:00, 480 minutes a day, target 2.5 days), with minutes worked out
/// by hand, imported through the API as a chair would.
final class SlaHistory {

    static final String WEEK = "2026-W47";

    private SlaHistory() {
    }

    static void importInto(TestServer server) {
        var csv = "title,kind,impact,raised_by,raised_at,resolved_at,decision,owner\n"
                // Mon 09-17 (480) + Tue 09-13 (240) = 720 = 1.50 days: met
                + "Alpha,blocked,high,vp-music,2026-11-16T09:00:00+01:00,2026-11-17T13:00:00+01:00,Fund it,vp-ads\n"
                // Mon to Thu (4 x 480) = 1920 = 4.00 days: breached
                + "Bravo,misaligned,medium,vp-ads,2026-11-16T09:00:00+01:00,2026-11-20T09:00:00+01:00,Use ranking B,vp-music\n"
                // Wed (480) + Thu 09-11 (120) = 600 = 1.25 days: met
                + "<script>alert(1)</script>,off-track,low,vp-music,2026-11-18T09:00:00+01:00,2026-11-19T11:00:00+01:00,Cut scope,vp-music\n"
                // open: Fri 15-17 = 120 = 0.25 days by the end of the week
                + "Delta,blocked,medium,vp-ads,2026-11-20T15:00:00+01:00,,,\n";
        var imported = server.http.send("POST", "/api/v1/blockers/import", server.chairToken, csv);
        assertThat(imported.status()).as(imported.body()).isBetween(200, 299);
    }
}
