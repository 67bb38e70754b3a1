package vn.motcua.simulator.internal;

import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.Test;

public class ReplayPeriodTest {

    private static Preset preset(LocalDate from, LocalDate to) {
        return new Preset("ky-thu", "Kỳ thử", from, to, 20, List.of(new Preset.Share("000.13.01.H07", 100)),
                List.of(new Preset.ProcedureShare("2.000815", 100, List.of(), Map.of())), Map.of(), 0, 50, 0);
    }

    @Test
    public void aReplayReachingIntoTheCurrentYearIsRefusedBeforeAnythingIsWritten() {
        LocalDate today = LocalDate.of(2026, 11, 29);
        // last week, and next week: this year's books and statistics belong to the dossiers really received
        for (Preset p : List.of(preset(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 27)),
                preset(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 8)),
                preset(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 2)))) {
            // no service is given: the refusal comes before the replay would touch any
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new Replay(p, 3, 1.0, null, null, null, today));
            assertTrue(e.getMessage(), e.getMessage().contains("kỳ phải kết thúc trước 2026-01-01"));
        }
    }
}
