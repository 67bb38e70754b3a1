package vn.motcua.dossier.core.internal.security;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.Test;

public class SessionRulesTest {

    private final SessionRules rules = new SessionRules(Duration.ofMinutes(30), Duration.ofHours(12),
            Duration.ofMinutes(1));
    private final LocalDateTime signIn = LocalDateTime.of(2026, 11, 30, 7, 30);

    @Test
    public void aSessionInUseLivesUntilItsAbsoluteEnd() {
        assertEquals(LocalDateTime.of(2026, 11, 30, 19, 30), rules.absoluteEnd(signIn));
        LocalDateTime lastSeen = LocalDateTime.of(2026, 11, 30, 19, 20);
        assertFalse(rules.expired(signIn, lastSeen, LocalDateTime.of(2026, 11, 30, 19, 29, 59)));
        assertTrue("twelve hours after sign-in, even in use", rules.expired(signIn, lastSeen,
                LocalDateTime.of(2026, 11, 30, 19, 30)));
    }

    @Test
    public void thirtyMinutesWithoutUseEndIt() {
        LocalDateTime lastSeen = LocalDateTime.of(2026, 11, 30, 9, 0);
        assertFalse(rules.expired(signIn, lastSeen, LocalDateTime.of(2026, 11, 30, 9, 29, 59)));
        assertTrue(rules.expired(signIn, lastSeen, LocalDateTime.of(2026, 11, 30, 9, 30)));
    }

    @Test
    public void activityIsWrittenAtMostOncePerMinute() {
        LocalDateTime lastSeen = LocalDateTime.of(2026, 11, 30, 9, 0);
        assertFalse(rules.shouldTouch(lastSeen, lastSeen.plusSeconds(59)));
        assertTrue(rules.shouldTouch(lastSeen, lastSeen.plusSeconds(60)));
    }

    @Test(expected = IllegalArgumentException.class)
    public void timeoutsMustBePositive() {
        new SessionRules(Duration.ZERO, Duration.ofHours(12), Duration.ofMinutes(1));
    }

    @Test
    public void theStoredDigestIsSha256Hex() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", SessionServiceImpl.digest(""));
        assertEquals(64, SessionServiceImpl.digest("abc").length());
    }
}
