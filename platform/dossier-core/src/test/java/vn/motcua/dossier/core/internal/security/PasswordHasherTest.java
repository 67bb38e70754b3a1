package vn.motcua.dossier.core.internal.security;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class PasswordHasherTest {

    @Test
    public void saltedSoTheSamePasswordHashesDifferently() {
        String a = PasswordHasher.hash("mật khẩu đúng".toCharArray());
        String b = PasswordHasher.hash("mật khẩu đúng".toCharArray());
        assertNotEquals(a, b);
        assertTrue(a.startsWith("pbkdf2-sha256$120000$"));
        assertTrue(PasswordHasher.matches("mật khẩu đúng".toCharArray(), a));
        assertTrue(PasswordHasher.matches("mật khẩu đúng".toCharArray(), b));
        assertFalse(PasswordHasher.matches("mật khẩu sai".toCharArray(), a));
    }

    @Test
    public void malformedStoredHashesNeverMatch() {
        assertFalse(PasswordHasher.matches("x".toCharArray(), null));
        assertFalse(PasswordHasher.matches("x".toCharArray(), "plain"));
        assertFalse(PasswordHasher.matches("x".toCharArray(), "pbkdf2-sha256$abc$!!$!!"));
        assertFalse(PasswordHasher.matches("x".toCharArray(), "md5$1$AAAA$AAAA"));
    }

    @Test
    public void acceptsTheShippedDemoHashFormat() {
        // made by the demo tooling (Python hashlib.pbkdf2_hmac) for the password "motcua@demo"
        String shipped = "pbkdf2-sha256$120000$cIF6XCMmP4h0coe+xpffOA==$vGULgT1hGIuWKz2N1eWnWaIdz3p0fu5IpimYxwGpZBk=";
        assertTrue(PasswordHasher.matches("motcua@demo".toCharArray(), shipped));
        assertFalse(PasswordHasher.matches("motcua@demo!".toCharArray(), shipped));
        assertFalse("a truncated hash never matches", PasswordHasher.matches("motcua@demo".toCharArray(),
                shipped.substring(0, shipped.length() - 10)));
    }
}
