package vn.motcua.rest.internal;

import java.util.Set;

/**
 * Limits failed sign-ins per client address, on top of the realm's lockout of an account: someone
 * guessing passwords for many accounts from one machine is stopped too. Only failures count; a
 * clerk who signs in correctly is never slowed. Behind a trusted reverse proxy the client is the
 * last address the proxy appended to X-Forwarded-For.
 */
final class SignInThrottle {

    private final RateLimiter failures;
    private final Set<String> trustedProxies;

    SignInThrottle(int failuresPerWindow, long windowSeconds, Set<String> trustedProxies) {
        this.failures = new RateLimiter(failuresPerWindow, windowSeconds);
        this.trustedProxies = trustedProxies;
    }

    /** The client: the peer, or behind a trusted proxy the address it appended to X-Forwarded-For. */
    String client(String peer, String forwardedFor) {
        if (peer == null) {
            return "?";
        }
        if (forwardedFor != null && trustedProxies.contains(peer)) {
            String last = forwardedFor.substring(forwardedFor.lastIndexOf(',') + 1).strip();
            if (!last.isEmpty()) {
                return last;
            }
        }
        return peer;
    }

    /** Whether this client has used up its failed sign-ins for now: its password is not even checked. */
    boolean blocked(String client) {
        return failures.exhausted(client);
    }

    /** Counts a failed sign-in of this client. */
    void failed(String client) {
        failures.allow(client);
    }

    long windowSeconds() {
        return failures.windowSeconds();
    }
}
