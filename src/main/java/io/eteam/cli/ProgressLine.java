package io.eteam.cli;

import java.io.PrintWriter;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/// What a long command shows on a terminal while it runs (`eteam import`, `backup`,
/// `deferrals export`, `report sla --format csv|md`, `minutes`): the bytes sent, how long the
/// server has been at work, then the bytes received, on one line of standard error rewritten in
/// place and cleared at the end, so that the answer on standard output stays clean. Commands
/// make one only when standard error is a terminal (`Terminal`): in a pipe they stay quiet.
final class ProgressLine implements ApiClient.Progress {

    private final PrintWriter err;
    private final String work;
    private final LongSupplier millis;
    private ScheduledExecutorService ticker;
    private long waitingSince = -1;
    private long lastShown = -1;
    private boolean receiving;
    private int width;

    /// `work` finishes "Waiting for the server to …", e.g. "check 2,500 rows".
    ProgressLine(PrintWriter err, String work, LongSupplier millis) {
        this.err = err;
        this.work = work;
        this.millis = millis;
    }

    /// The progress of an import of `rows` rows.
    static ProgressLine forImport(PrintWriter err, int rows, LongSupplier millis) {
        return new ProgressLine(err, "check " + NumberFormat.getIntegerInstance(Locale.ENGLISH).format(rows) + " row" + (rows == 1 ? "" : "s"), millis);
    }

    @Override
    public synchronized void sent(long bytes, long total) {
        if (throttled(bytes < total)) {
            return;
        }
        show(String.format(Locale.ROOT, "Sending %s of %s (%d%%)", size(bytes), size(total), total == 0 ? 100 : bytes * 100 / total));
    }

    @Override
    public synchronized void waiting() {
        if (waitingSince < 0) {
            waitingSince = millis.getAsLong();
        }
        tick();
        if (ticker == null) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                var thread = new Thread(r, "eteam-progress");
                thread.setDaemon(true);
                return thread;
            });
            ticker.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
        }
    }

    @Override
    public synchronized void received(long bytes, long total) {
        if (!receiving) {
            receiving = true;
            lastShown = millis.getAsLong();
        } else if (throttled(total < 0 || bytes < total)) {
            return;
        }
        show(total < 0 ? "Receiving " + size(bytes)
                : String.format(Locale.ROOT, "Receiving %s of %s (%d%%)", size(bytes), size(total), total == 0 ? 100 : bytes * 100 / total));
    }

    @Override
    public synchronized void retrying(String why) {
        show("No answer yet; asking again with the same key, so it is done once");
        err.println();
        width = 0;
    }

    @Override
    public synchronized void done() {
        if (ticker != null) {
            ticker.shutdownNow();
            ticker = null;
        }
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
    }

    /// Once a second while the server works: how long it has been at it. Once the answer
    /// arrives, its bytes are what the line shows.
    synchronized void tick() {
        if (receiving) {
            return;
        }
        long seconds = (millis.getAsLong() - waitingSince) / 1000;
        show(String.format(Locale.ROOT, "Waiting for the server to %s… %d s", work, seconds));
    }

    /// True when the line was rewritten less than 100 ms ago and this is not the last report.
    private boolean throttled(boolean more) {
        long now = millis.getAsLong();
        if (more && lastShown >= 0 && now - lastShown < 100) {
            return true;
        }
        lastShown = now;
        return false;
    }

    private void show(String line) {
        err.print("\r" + line + (line.length() < width ? " ".repeat(width - line.length()) : ""));
        err.flush();
        width = line.length();
    }

    private static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    /// The records of a CSV file after its header row: line breaks outside quotes.
    static int rows(byte[] csv) {
        int breaks = 0;
        boolean quoted = false;
        for (byte b : csv) {
            if (b == '"') {
                quoted = !quoted;
            } else if (b == '\n' && !quoted) {
                breaks++;
            }
        }
        int records = csv.length > 0 && csv[csv.length - 1] != '\n' ? breaks + 1 : breaks;
        return Math.max(0, records - 1);
    }
}
