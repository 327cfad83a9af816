package io.eteam.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/// What `eteam import` shows on a terminal while it runs: the bytes sent, then how long the
/// server has been checking the rows, on one line rewritten in place (on stderr, so that the
/// answer on stdout stays clean).
final class ImportProgress implements ApiClient.Progress {

    private final PrintWriter err;
    private final int rows;
    private final LongSupplier millis;
    private ScheduledExecutorService ticker;
    private long waitingSince = -1;
    private long lastSent = -1;
    private int width;

    ImportProgress(PrintWriter err, int rows, LongSupplier millis) {
        this.err = err;
        this.rows = rows;
        this.millis = millis;
    }

    @Override
    public synchronized void sent(long bytes, long total) {
        long now = millis.getAsLong();
        if (bytes < total && lastSent >= 0 && now - lastSent < 100) {
            return;
        }
        lastSent = now;
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
                var thread = new Thread(r, "eteam-import-progress");
                thread.setDaemon(true);
                return thread;
            });
            ticker.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
        }
    }

    @Override
    public synchronized void retrying(String why) {
        show("No answer yet; asking again with the same key, so the rows are imported once");
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

    synchronized void tick() {
        long seconds = (millis.getAsLong() - waitingSince) / 1000;
        show(String.format(Locale.ROOT, "Waiting for the server to check %,d row%s… %d s", rows, rows == 1 ? "" : "s", seconds));
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
