package io.eteam.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.calendar.WorkingTime;
import org.junit.jupiter.api.Test;

class AgendaViewTest {

    @Test
    void the_agenda_rounds_working_days_as_the_sla_clock_does_for_every_minute_of_ten_days() {
        for (long minutes = 0; minutes < 4_800; minutes++) {
            var sla = WorkingTime.hundredthsOfDays(minutes, 480) / 100.0;
            assertThat(AgendaView.round(minutes / 480.0)).as("%d minutes", minutes).isEqualTo(sla);
        }
    }
}
