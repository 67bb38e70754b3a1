package vn.motcua.rest.internal;

import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.core.Cookie;

/** The console's session cookie: HttpOnly, SameSite=Strict, Secure when the request came over https. */
final class SessionCookie {

    static final String NAME = "MOTCUA_SESSION";

    private SessionCookie() {
    }

    /** The session token a request carries, or null. */
    static String token(Map<String, Cookie> cookies) {
        Cookie c = cookies == null ? null : cookies.get(NAME);
        return c == null || c.getValue() == null || c.getValue().isBlank() ? null : c.getValue();
    }

    static String set(String token, boolean secure) {
        return NAME + "=" + token + "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }

    static String clear(boolean secure) {
        return NAME + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }

    /** Over https, directly or behind a proxy that says so. */
    static boolean secure(HttpServletRequest http) {
        if (http == null) {
            return false;
        }
        return http.isSecure() || "https".equalsIgnoreCase(http.getHeader("X-Forwarded-Proto"));
    }
}
