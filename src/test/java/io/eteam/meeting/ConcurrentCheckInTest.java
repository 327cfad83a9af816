package io.eteam.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.demo.MutableClock;
import io.eteam.support.TestServer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/// The first check-ins of a meeting make its row; when several arrive at the same moment, one
/// makes it and the others wait for it, on PostgreSQL as on H2. (On PostgreSQL a MERGE let two
/// of them insert, and one failed with a 500, seen first under the kill -9 stress test.)
class ConcurrentCheckInTest {

    static final Instant FIRST_TUESDAY = Instant.parse("2026-11-03T11:30:00Z");
    static final int VPS = 8;

    @Test
    void vps_checking_in_at_the_same_moment_to_a_meeting_nobody_opened_yet_are_all_checked_in() throws Exception {
        var clock = new MutableClock(FIRST_TUESDAY);
        var pool = Executors.newFixedThreadPool(VPS);
        try (var server = TestServer.start(clock)) {
            var tokens = IntStream.range(0, VPS).mapToObj(i -> server.add("vp-" + i, "vp")).toList();
            for (int week = 0; week < 5; week++) {
                clock.set(FIRST_TUESDAY.plus(7L * week, ChronoUnit.DAYS));
                var date = LocalDate.of(2026, 11, 3).plusWeeks(week);
                var barrier = new CyclicBarrier(VPS);
                var answers = new ArrayList<Future<Integer>>();
                for (var token : tokens) {
                    Callable<Integer> checkIn = () -> {
                        barrier.await();
                        return server.http.post("/api/v1/meetings/" + date + "/attendees", token, null).status();
                    };
                    answers.add(pool.submit(checkIn));
                }
                for (var answer : answers) {
                    assertThat(answer.get(30, TimeUnit.SECONDS)).as("check-in on %s", date).isEqualTo(201);
                }
                var attendees = server.http.get("/api/v1/meetings/" + date, tokens.get(0)).json().path("attendees");
                assertThat(attendees).as("attendees on %s", date).hasSize(VPS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
