package vn.motcua.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.Test;

/** Dates outside the years the database can hold are a 400 with a message, not a database failure. */
public class ParamsTest {

    @Test
    public void datesInsideTheYearsTheApiAnswersFor() {
        assertEquals(LocalDate.of(2030, 2, 3), Params.date("from", "2030-02-03"));
        assertEquals(LocalDateTime.of(2026, 2, 13, 15, 30), Params.dateTime("receivedAt", "2026-02-13T15:30"));
    }

    @Test
    public void datesOutsideThemAreRefusedWithTheParameterNamed() {
        for (String far : new String[] {"9999-12-31", "1899-12-31", "+10000-01-01"}) {
            try {
                Params.date("to", far);
                fail(far + " was accepted");
            } catch (BadRequestException e) {
                assertTrue(e.getMessage(), e.getMessage().contains("to"));
            }
        }
        try {
            Params.dateTime("receivedAt", "9999-12-31T23:59");
            fail("9999 was accepted");
        } catch (BadRequestException e) {
            assertEquals("param.invalid", e.code());
        }
    }
}
