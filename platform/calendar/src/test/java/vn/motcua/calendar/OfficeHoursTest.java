package vn.motcua.calendar;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalTime;

import org.junit.Test;

public class OfficeHoursTest {

    @Test
    public void isOpenInEitherSessionEndsIncludedAndClosedAtLunchAndAtNight() {
        OfficeHours h = OfficeHours.DEFAULT; // 07:30–11:30, 13:30–17:30
        for (String open : new String[] {"07:30", "09:00", "11:30", "13:30", "17:30"}) {
            assertTrue(open, h.isOpenAt(LocalTime.parse(open)));
        }
        for (String closed : new String[] {"07:29", "11:31", "12:00", "13:29", "17:31", "20:00", "00:00"}) {
            assertFalse(closed, h.isOpenAt(LocalTime.parse(closed)));
        }
    }
}
