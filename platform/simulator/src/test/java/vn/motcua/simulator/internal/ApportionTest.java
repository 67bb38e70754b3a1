package vn.motcua.simulator.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.Test;

import vn.motcua.procedure.Submission.Applicant;

public class ApportionTest {

    @Test
    public void partsAddUpExactlyAndFollowTheShares() {
        // the seed's wards: Thị Cầu 16.0 %, Vũ Ninh 14.5 %, Võ Cường 10.0 %, 16 others sharing 59.5 %
        List<Double> shares = new java.util.ArrayList<>(List.of(16.0, 14.5, 10.0));
        shares.addAll(Collections.nCopies(16, 59.5 / 16));
        int[] parts = Apportion.of(29_494, shares);
        assertEquals(29_494, Arrays.stream(parts).sum());
        assertEquals(4719, parts[0]);
        assertEquals("4,276.63: the larger .80 remainders of the others get the 14 left", 4276, parts[1]);
        assertEquals(2949, parts[2]);
        for (int i = 3; i < parts.length; i++) {
            assertEquals(1097, parts[i], 1);
        }
    }

    @Test
    public void smallTotalsAndZeroShares() {
        assertArrayEquals(new int[] {2, 1}, Apportion.of(3, List.of(2.0, 1.0)));
        assertArrayEquals(new int[] {0, 0}, Apportion.of(5, List.of(0.0, 0.0)));
        assertArrayEquals(new int[] {1, 0, 0}, Apportion.of(1, List.of(1.0, 1.0, 1.0)));
    }

    @Test
    public void formValuesAreFilledFromTheApplicantAndTheReceiptDay() {
        Applicant a = new Applicant("Nguyễn Thị Hoa", "027190001234", null, null, null);
        assertEquals("027190001234 / Nguyễn Thị Hoa / 2018-02-11",
                Replay.expand("${idNumber} / ${name} / ${date-20}", a, LocalDate.of(2018, 3, 3)));
    }
}
