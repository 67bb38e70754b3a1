package vn.motcua.rest.internal;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class SettingsTest {

    @Test
    public void aUsableValueIsKept() {
        assertEquals(2048, Settings.atLeast("maxRequestBytes", () -> 2048, 1024));
    }

    @Test
    public void aValueThatIsNoNumberOrTooSmallGivesTheShippedDefaultInsteadOfFailingTheApi() {
        // what Declarative Services does with "maxRequestBytes = abc" when the component reads it
        assertEquals(1_048_576, Settings.atLeast("maxRequestBytes", () -> {
            throw new NumberFormatException("For input string: \"abc\"");
        }, 1024));
        assertEquals(1_048_576, Settings.atLeast("maxRequestBytes", () -> -5, 1024));
        assertEquals(30, Settings.atLeast("signInFailuresPerAddress", () -> 0, 1));
    }

    @Test
    public void sizesReadAsPeopleWriteThem() {
        assertEquals("1 MiB", RequestSizeLimit.size(1_048_576));
        assertEquals("2 KiB", RequestSizeLimit.size(2048));
        assertEquals("2.000 byte", RequestSizeLimit.size(2000));
        assertEquals("1.536 KiB", RequestSizeLimit.size(1536 * 1024));
    }
}
