package io.eteam.db;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/// Something opened on a thread of its own while start-up goes on. `eteam serve` opens and
/// migrates its database this way while Jetty starts: on two cores the two side by side took
/// about as long as the database alone (the first healthy answer came within 1.5 s, 1.36 s in
/// the README, where the two one after the other took longer). Whoever needs the value waits.
final class OpeningInBackground<T> {

    private final CompletableFuture<T> opening;
    private volatile T value;

    private OpeningInBackground(CompletableFuture<T> opening) {
        this.opening = opening;
    }

    /// Starts `open` on a daemon thread named `threadName`.
    static <T> OpeningInBackground<T> start(String threadName, Supplier<T> open) {
        return new OpeningInBackground<>(CompletableFuture.supplyAsync(open, task -> {
            var thread = new Thread(task, threadName);
            thread.setDaemon(true);
            thread.start();
        }));
    }

    /// Already open.
    static <T> OpeningInBackground<T> done(T value) {
        return new OpeningInBackground<>(CompletableFuture.completedFuture(value));
    }

    /// Runs `then` on the opening thread once opening has ended, however it ended (at once if it
    /// has already).
    void whenDone(Runnable then) {
        opening.whenComplete((value, failure) -> then.run());
    }

    /// True once it has opened; false while opening, or when opening failed.
    boolean opened() {
        return opening.isDone() && !opening.isCompletedExceptionally();
    }

    /// Waits until it is open and answers it; throws what opening it threw.
    T await() {
        var open = value;
        if (open != null) {
            return open;
        }
        try {
            open = opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
        value = open;
        return open;
    }
}
