package vn.motcua.procedure;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.Test;

public class TextsTest {

    private final Texts texts = Texts.of(TextsTest.class, "texts-test.properties");

    @Test
    public void patternsAreFilledAsMessageFormatFillsThem() {
        assertEquals("2 bản × 3 trang: 5.000 đồng/bản", texts.text("fee.copy", 2, 3, Fee.amountText(5000)));
        assertEquals("Miễn phí", texts.text("plain"));
        assertEquals("Hồ sơ {0} không có giấy tờ", texts.text("quoted", "giấy tờ"));
        // the parsed pattern is kept: a second use with other values is not the first one's text
        assertEquals("1 bản × 10 trang: 2.000 đồng/bản", texts.text("fee.copy", 1, 10, Fee.amountText(2000)));
        assertEquals("Miễn phí", texts.pattern("plain"));
        assertNull(texts.pattern("absent"));
        assertTrue(texts.has("plain"));
        assertFalse(texts.has("absent"));
    }

    @Test
    public void anApostropheReadsTheSameWithArgumentsAndWithout() {
        assertEquals("Giấy khen in trên giấy 'A4'", texts.text("apostrophe"));
        assertEquals("Giấy khen in trên giấy 'A4'", texts.text("apostrophe", 1));
    }

    @Test
    public void aFileInAnotherEncodingIsRefusedNotShownAsQuestionMarks() {
        try {
            Texts.of(TextsTest.class, "texts-cp1258.properties");
            fail("a file saved as Windows-1258 was read");
        } catch (UncheckedIOException e) {
            assertEquals("texts-cp1258.properties beside vn.motcua.procedure.TextsTest is not UTF-8 text "
                    + "(save it as UTF-8)", e.getMessage());
        }
    }

    @Test(expected = IllegalStateException.class)
    public void aMissingKeyIsTheBundlesMistake() {
        texts.text("absent", 1);
    }

    @Test(expected = UncheckedIOException.class)
    public void aMissingFileIsToo() {
        Texts.of(TextsTest.class, "absent.properties");
    }

    @Test
    public void threadsFormattingAtOnceEachGetTheirOwnText() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int seed = t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 20_000; i++) {
                        int copies = seed * 100_000 + i;
                        String expected = copies + " bản × " + i + " trang: " + seed + " đồng/bản";
                        if (!expected.equals(texts.text("fee.copy", Integer.toString(copies), Integer.toString(i),
                                Integer.toString(seed)))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> r : results) {
                assertTrue(r.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
