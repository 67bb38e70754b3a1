package vn.motcua.rest.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * The CSRF rule for cookie sessions: every unsafe method must echo the session's token in the
 * {@value #HEADER} header (a page of another site can make the browser send the cookie, but cannot
 * read the token to put it in a header). Compared in constant time.
 */
final class Csrf {

    static final String HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private Csrf() {
    }

    static boolean needsToken(String method) {
        return method == null || !SAFE.contains(method.toUpperCase(java.util.Locale.ROOT));
    }

    /** Whether the header value equals the session's token; a missing or empty one never does. */
    static boolean matches(String expected, String given) {
        if (expected == null || expected.isEmpty() || given == null || given.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
