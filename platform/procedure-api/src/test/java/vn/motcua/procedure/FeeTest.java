package vn.motcua.procedure;

import static org.junit.Assert.assertEquals;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Random;

import org.junit.Test;

public class FeeTest {

    @Test
    public void amountsAreWrittenWithDotsBetweenThousands() {
        assertEquals("0", Fee.amountText(0));
        assertEquals("999", Fee.amountText(999));
        assertEquals("1.000", Fee.amountText(1000));
        assertEquals("12.000", Fee.amountText(12000));
        assertEquals("200.000", Fee.amountText(200000));
        assertEquals("1.234.567", Fee.amountText(1234567));
        assertEquals("-5.000", Fee.amountText(-5000));
        assertEquals("-9.223.372.036.854.775.808", Fee.amountText(Long.MIN_VALUE));
    }

    @Test
    public void asTheGermanIntegerFormatWritesThem() {
        NumberFormat german = NumberFormat.getIntegerInstance(Locale.GERMANY);
        Random random = new Random(61);
        for (int i = 0; i < 10_000; i++) {
            long amount = random.nextLong() >> random.nextInt(63);
            assertEquals(german.format(amount), Fee.amountText(amount));
        }
    }
}
