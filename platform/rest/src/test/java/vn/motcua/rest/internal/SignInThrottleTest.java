package vn.motcua.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Set;

import org.junit.Test;

public class SignInThrottleTest {

    private final ClientAddresses clients = new ClientAddresses(Set.of("127.0.0.1"));
    private final SignInThrottle throttle = new SignInThrottle(3, 600, clients);

    @Test
    public void aClientIsBlockedAfterItsFailuresAndOthersAreNot() {
        for (int i = 0; i < 3; i++) {
            assertFalse(throttle.blocked("203.0.113.7"));
            throttle.failed("203.0.113.7");
        }
        assertTrue(throttle.blocked("203.0.113.7"));
        assertFalse(throttle.blocked("203.0.113.8"));
        assertEquals(429, throttle.tooMany().getStatus());
        assertEquals("600", throttle.tooMany().getHeaderString("Retry-After"));
    }

    @Test
    public void behindATrustedProxyTheForwardedClientCounts() {
        assertEquals("203.0.113.7", clients.of("127.0.0.1", "10.0.0.1, 203.0.113.7"));
        // an untrusted peer cannot choose whom it is counted as
        assertEquals("198.51.100.2", clients.of("198.51.100.2", "203.0.113.7"));
        assertEquals("127.0.0.1", clients.of("127.0.0.1", null));
        assertEquals("?", clients.of(null));
    }
}
