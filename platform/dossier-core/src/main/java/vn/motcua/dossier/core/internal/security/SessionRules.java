package vn.motcua.dossier.core.internal.security;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * When a browser session ends: after {@code idle} without use, and {@code absolute} after sign-in
 * at the latest. Activity is written back at most once per {@code touchEvery}, so that a busy
 * clerk's requests are not each a database write.
 */
record SessionRules(Duration idle, Duration absolute, Duration touchEvery) {

    SessionRules {
        if (idle.isNegative() || idle.isZero() || absolute.isNegative() || absolute.isZero()) {
            throw new IllegalArgumentException("session timeouts must be positive");
        }
    }

    /** The absolute end of a session opened at {@code createdAt}. */
    LocalDateTime absoluteEnd(LocalDateTime createdAt) {
        return createdAt.plus(absolute);
    }

    /** Whether a session opened at {@code createdAt} and last used at {@code lastSeenAt} has ended at {@code now}. */
    boolean expired(LocalDateTime createdAt, LocalDateTime lastSeenAt, LocalDateTime now) {
        return !now.isBefore(absoluteEnd(createdAt)) || !now.isBefore(lastSeenAt.plus(idle));
    }

    /** Whether this use should be recorded (the last recorded one is old enough). */
    boolean shouldTouch(LocalDateTime lastSeenAt, LocalDateTime now) {
        return !now.isBefore(lastSeenAt.plus(touchEvery));
    }
}
