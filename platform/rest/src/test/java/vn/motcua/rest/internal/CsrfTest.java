package vn.motcua.rest.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class CsrfTest {

    @Test
    public void onlyUnsafeMethodsNeedTheToken() {
        assertFalse(Csrf.needsToken("GET"));
        assertFalse(Csrf.needsToken("head"));
        assertFalse(Csrf.needsToken("OPTIONS"));
        assertTrue(Csrf.needsToken("POST"));
        assertTrue(Csrf.needsToken("PUT"));
        assertTrue(Csrf.needsToken("PATCH"));
        assertTrue(Csrf.needsToken("DELETE"));
        assertTrue(Csrf.needsToken(null));
    }

    @Test
    public void theHeaderMustEqualTheSessionsToken() {
        assertTrue(Csrf.matches("abc-DEF_123", "abc-DEF_123"));
        assertFalse(Csrf.matches("abc-DEF_123", "abc-DEF_124"));
        assertFalse(Csrf.matches("abc-DEF_123", "abc-DEF_12"));
        assertFalse(Csrf.matches("abc-DEF_123", null));
        assertFalse(Csrf.matches("abc-DEF_123", ""));
        assertFalse("no token on the session: nothing matches", Csrf.matches(null, null));
        assertFalse(Csrf.matches("", ""));
    }

    @Test
    public void theCookieIsHttpOnlyAndStrict() {
        String set = SessionCookie.set("tok", false);
        assertTrue(set.startsWith("MOTCUA_SESSION=tok; Path=/; HttpOnly; SameSite=Strict"));
        assertFalse(set.contains("Secure"));
        assertTrue(SessionCookie.set("tok", true).endsWith("; Secure"));
        assertTrue(SessionCookie.clear(false).contains("Max-Age=0"));
    }
}
