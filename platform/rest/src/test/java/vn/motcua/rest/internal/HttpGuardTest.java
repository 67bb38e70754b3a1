package vn.motcua.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class HttpGuardTest {

    @Test
    public void findsTheCharsetParameter() {
        assertEquals("UTF-8", HttpGuard.charset("application/json; charset=UTF-8"));
        assertEquals("utf-8", HttpGuard.charset("application/json;CHARSET=\"utf-8\""));
        assertNull(HttpGuard.charset("application/json"));
        assertNull(HttpGuard.charset(null));
    }

    @Test
    public void knowsWhichCharsetsJavaSupports() {
        assertTrue(HttpGuard.supported("UTF-8"));
        assertTrue(HttpGuard.supported("iso-8859-1"));
        assertFalse(HttpGuard.supported("WORKING_DAYS"));
        assertFalse(HttpGuard.supported("' OR '1'='1"));
        assertFalse(HttpGuard.supported(""));
    }

    @Test
    public void tellsMediaTypesThatDoNotParse() {
        assertTrue(HttpGuard.parses("application/json; charset=UTF-8"));
        assertTrue(HttpGuard.parses("*/*;q=0.8"));
        assertFalse(HttpGuard.parses("application/json; WORKING_DAYS"));
    }

    @Test
    public void acceptsOnlyHttpQualityValues() {
        assertTrue(HttpGuard.qualityParses("*/*;q=0.8"));
        assertTrue(HttpGuard.qualityParses("application/json;q=1.000"));
        assertTrue(HttpGuard.qualityParses("application/json"));
        assertFalse(HttpGuard.qualityParses("application/json;q="));
        assertFalse(HttpGuard.qualityParses("application/json;q=.5"));
        assertFalse(HttpGuard.qualityParses("application/json;q=2"));
        assertFalse(HttpGuard.qualityParses("application/json;q=-0.0"));
    }
}
