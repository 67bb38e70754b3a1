package vn.motcua.dossier.core.internal.files;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.Test;

public class FileTypesTest {

    private static FileTypes sniff(byte[] b) {
        return FileTypes.sniff(b, b.length);
    }

    @Test
    public void recognisesPdfJpegAndPngByTheirFirstBytes() {
        assertEquals(FileTypes.PDF, sniff("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(FileTypes.JPEG, sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
        assertEquals(FileTypes.PNG, sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}));
    }

    @Test
    public void refusesEverythingElseWhateverItIsCalled() {
        assertNull(sniff("<html><script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII)));
        assertNull(sniff("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)));
        assertNull(sniff("GIF89a".getBytes(StandardCharsets.US_ASCII)));
        assertNull("a truncated PNG signature", sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        assertNull(sniff(new byte[0]));
    }

    @Test
    public void theDeclaredTypeMustAgreeWithTheContent() {
        assertTrue(FileTypes.agrees(null, FileTypes.PDF));
        assertTrue(FileTypes.agrees("application/octet-stream", FileTypes.PNG));
        assertTrue(FileTypes.agrees("application/pdf; charset=binary", FileTypes.PDF));
        assertTrue(FileTypes.agrees("image/jpg", FileTypes.JPEG));
        assertTrue(FileTypes.agrees("IMAGE/PNG", FileTypes.PNG));
        assertFalse("a PDF sent as an image", FileTypes.agrees("image/png", FileTypes.PDF));
        assertFalse(FileTypes.agrees("text/html", FileTypes.JPEG));
    }
}
