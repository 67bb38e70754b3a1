package vn.motcua.dossier;

import java.time.LocalDateTime;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Browser sessions of officials, kept in the database so that any node sharing it accepts them.
 * Only a SHA-256 digest of the session token is stored; the token itself lives in the browser's
 * cookie. A session ends after a time without use (idle) and after a fixed time from sign-in
 * (absolute), whichever comes first.
 */
@ProviderType
public interface SessionService {

    /**
     * A signed-in session as the caller sees it.
     *
     * @param token the secret for the cookie (only returned by {@link #signIn})
     * @param csrfToken the value every unsafe request must echo in a header
     * @param account the official
     * @param createdAt when the official signed in
     * @param expiresAt when the session ends at the latest (absolute limit)
     */
    record UserSession(String token, String csrfToken, UserAccount account, LocalDateTime createdAt,
                       LocalDateTime expiresAt) {
    }

    /**
     * Checks a password through the user directory (its lockout included) and opens a session.
     *
     * @throws AccountLockedException when the account is locked after repeated failures
     * @throws AuthenticationException on a wrong name or password or a disabled account
     */
    UserSession signIn(String userName, char[] password);

    /**
     * The live session of a token, or empty when unknown, expired or ended; using it counts as
     * activity. The token field of the answer is the token given.
     */
    Optional<UserSession> find(String token);

    /** Ends a session at once (logout); unknown tokens are ignored. */
    void end(String token);

    /** Ends every session of an account (disabled account, changed password). */
    void endAll(String userName);
}
