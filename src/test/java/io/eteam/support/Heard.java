package io.eteam.support;

import io.eteam.event.Event;
import io.eteam.event.EventBus;
import java.util.concurrent.LinkedBlockingQueue;

/// What a bus subscriber heard, in order: events by id, and `sync <id>` for a resync. `heard`
/// can be asserted on as it is, or polled for what arrives on another thread.
public final class Heard implements EventBus.Subscriber {

    public final LinkedBlockingQueue<String> heard = new LinkedBlockingQueue<>();

    @Override
    public void event(Event event) {
        heard.add(event.id());
    }

    @Override
    public void resync(String latest) {
        heard.add("sync " + latest);
    }
}
