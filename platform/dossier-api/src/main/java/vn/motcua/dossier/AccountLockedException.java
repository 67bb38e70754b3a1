package vn.motcua.dossier;

import java.time.LocalDateTime;

/**
 * The account is locked for a while after repeated wrong passwords. Told apart from a plain
 * failure only where a person signs in (the console), so that a clerk knows to wait or call the
 * administrator instead of trying again.
 */
public class AccountLockedException extends AuthenticationException {
    private static final long serialVersionUID = 1L;

    private final LocalDateTime lockedUntil;

    public AccountLockedException(String message, LocalDateTime lockedUntil) {
        super(message);
        this.lockedUntil = lockedUntil;
    }

    /** When the lock ends (local to Asia/Ho_Chi_Minh). */
    public LocalDateTime lockedUntil() {
        return lockedUntil;
    }

    @Override
    public String code() {
        return "authentication.locked";
    }
}
