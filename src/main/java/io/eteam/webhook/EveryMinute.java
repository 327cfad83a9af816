package io.eteam.webhook;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// What a server does by the clock rather than on a request: the warnings before a breach
/// (HOOK-6) and the weekly digest (HOOK-7), each looked at once a minute on one daemon thread.
/// A task that fails is said once in the log until it works again; the others go on.
public final class EveryMinute implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EveryMinute.class);

    /// A task by the name the log gives it.
    public record Task(String name, IntSupplier run) {
    }

    private final List<Task> tasks;
    private final boolean[] failing;
    private ScheduledExecutorService every;

    public EveryMinute(List<Task> tasks) {
        this.tasks = List.copyOf(tasks);
        this.failing = new boolean[tasks.size()];
    }

    /// Starts looking, a minute from now.
    public synchronized void start() {
        if (every != null) {
            return;
        }
        every = Executors.newSingleThreadScheduledExecutor(r -> {
            var thread = new Thread(r, "eteam-every-minute");
            thread.setDaemon(true);
            return thread;
        });
        every.scheduleWithFixedDelay(this::runAll, 1, 1, TimeUnit.MINUTES);
    }

    private void runAll() {
        for (int i = 0; i < tasks.size(); i++) {
            var task = tasks.get(i);
            try {
                task.run().getAsInt();
                if (failing[i]) {
                    LOG.info("{} works again.", task.name());
                    failing[i] = false;
                }
            } catch (RuntimeException e) {
                if (!failing[i]) {
                    LOG.warn("{} failed ({}); trying again every minute.", task.name(), e.getMessage());
                    failing[i] = true;
                }
            }
        }
    }

    @Override
    public synchronized void close() {
        if (every != null) {
            every.shutdownNow();
        }
    }
}
