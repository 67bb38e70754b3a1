package vn.motcua.dossier.core.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;

import org.junit.Test;

public class DossierCodesTest {

    @Test
    public void agencyDayAndFourDigitNumber() {
        assertEquals("000.10.01.H07-261130-0001", DossierCodes.format("000.10.01.H07", LocalDate.of(2026, 11, 30), 1));
        assertEquals("000.10.01.H07-180201-0255", DossierCodes.format("000.10.01.H07", LocalDate.of(2018, 2, 1), 255));
        assertEquals("000.10.01.H07-180201-9999", DossierCodes.format("000.10.01.H07", LocalDate.of(2018, 2, 1), 9999));
    }

    @Test
    public void aBusyDayWidensTheNumberInsteadOfWrapping() {
        assertEquals("000.00.01.H07-260105-10000", DossierCodes.format("000.00.01.H07", LocalDate.of(2026, 1, 5), 10000));
    }

    @Test
    public void numbersStartAtOne() {
        assertThrows(IllegalArgumentException.class, () -> DossierCodes.format("X", LocalDate.of(2026, 1, 5), 0));
    }
}
