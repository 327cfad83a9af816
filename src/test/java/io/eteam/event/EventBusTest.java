package io.eteam.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.support.Heard;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/// The bus on its own: numbering, replay from the ring, and events as JSON.
class EventBusTest {

    static final Instant AT = Instant.parse("2026-12-01T11:30:00Z");

    static Event raise(EventBus bus, long id) {
        return bus.publish(EventType.BLOCKER_RAISED, AT, "vp-music", Map.of("blocker_id", id, "raised_by", "vp-music"));
    }

    @Test
    void ids_count_up_from_one_behind_an_epoch_drawn_for_this_run() {
        var bus = new EventBus();
        var other = new EventBus();

        var first = raise(bus, 1);
        var second = raise(bus, 2);

        var epoch = first.id().substring(0, first.id().lastIndexOf('-'));
        assertThat(epoch).matches("[0-9a-z]{8}");
        assertThat(first.id()).isEqualTo(epoch + "-1");
        assertThat(second.id()).isEqualTo(epoch + "-2");
        assertThat(bus.latest()).isEqualTo(second.id());
        assertThat(raise(other, 1).id()).as("another run's first id").isNotEqualTo(first.id());
    }

    @Test
    void a_subscriber_that_names_the_last_id_it_saw_gets_what_it_missed_in_order_then_what_follows() {
        var bus = new EventBus();
        var seen = raise(bus, 1).id();
        var missed = List.of(raise(bus, 2).id(), raise(bus, 3).id());
        var heard = new Heard();

        bus.subscribe(seen, heard);
        var next = raise(bus, 4).id();

        assertThat(heard.heard).containsExactly(missed.get(0), missed.get(1), next);
    }

    @Test
    void a_subscriber_up_to_date_gets_nothing_until_the_next_event() {
        var bus = new EventBus();
        raise(bus, 1);
        var heard = new Heard();

        bus.subscribe(bus.latest(), heard);

        assertThat(heard.heard).isEmpty();
    }

    @Test
    void an_id_older_than_what_the_ring_keeps_gets_a_sync_with_the_latest_id() {
        var bus = new EventBus(3);
        var old = raise(bus, 1).id();
        var kept = raise(bus, 2).id();
        for (long i = 3; i <= 5; i++) {
            raise(bus, i);
        }
        var tooOld = new Heard();
        var justKept = new Heard();

        bus.subscribe(old, tooOld);
        bus.subscribe(kept, justKept);

        assertThat(tooOld.heard).containsExactly("sync " + bus.latest());
        assertThat(justKept.heard).hasSize(3);
    }

    @Test
    void an_id_from_another_run_a_future_one_garbage_or_none_gets_a_sync() {
        var bus = new EventBus();
        var other = new EventBus();
        raise(bus, 1);
        var foreign = raise(other, 1).id();
        var epoch = bus.latest().substring(0, bus.latest().lastIndexOf('-'));

        for (var id : new String[] {foreign, epoch + "-9", epoch + "-x", "1764588600000", "", null}) {
            var heard = new Heard();
            bus.subscribe(id, heard);
            assertThat(heard.heard).as("resuming from %s", id).containsExactly("sync " + bus.latest());
        }
    }

    @Test
    void a_subscription_closed_hears_nothing_more() {
        var bus = new EventBus();
        var heard = new Heard();
        var subscription = bus.subscribe(heard);

        raise(bus, 1);
        subscription.close();
        raise(bus, 2);

        assertThat(heard.heard).hasSize(1);
    }

    @Test
    void a_failing_subscriber_neither_fails_the_publisher_nor_stops_the_others() {
        var bus = new EventBus();
        var heard = new Heard();
        bus.subscribe(e -> {
            throw new IllegalStateException("broken subscriber");
        });
        bus.subscribe(heard);

        var event = raise(bus, 1);

        assertThat(heard.heard).containsExactly(event.id());
    }

    @Test
    void an_event_is_one_json_object_of_id_type_at_by_and_its_fields_and_reads_back() {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("meeting_date", "2026-12-01");
        fields.put("blocker_ids", List.of(3, 1));
        fields.put("handle", null);
        var event = new EventBus().publish(EventType.AGENDA_RANKED, AT, "chair", fields);

        var json = event.toJson();

        assertThat(json).isEqualTo("{\"id\":\"" + event.id() + "\",\"type\":\"agenda.ranked\",\"at\":\"2026-12-01T11:30:00Z\","
                + "\"by\":\"chair\",\"meeting_date\":\"2026-12-01\",\"blocker_ids\":[3,1]}");
        assertThat(Event.fromJson(json)).isEqualTo(event);
        assertThat(event.meetingDate()).contains("2026-12-01");
    }

    @Test
    void only_people_and_token_events_are_admin_events() {
        assertThat(List.of(EventType.values()).stream().filter(EventType::admin).map(EventType::wire))
                .containsExactlyInAnyOrder("person.added", "person.deactivated", "token.issued");
    }
}
