package vn.motcua.dossier.core.internal.persistence;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A browser session as stored: keyed by the SHA-256 of its token, never by the token. */
@Entity
@Table(name = "USER_SESSION")
public class UserSessionEntity {

    @Id
    @Column(name = "TOKEN_HASH", length = 64)
    private String tokenHash;
    @Column(name = "USER_NAME", nullable = false, length = 100)
    private String userName;
    @Column(name = "CSRF_TOKEN", nullable = false, length = 64)
    private String csrfToken;
    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;
    @Column(name = "LAST_SEEN_AT", nullable = false)
    private LocalDateTime lastSeenAt;
    @Column(name = "EXPIRES_AT", nullable = false)
    private LocalDateTime expiresAt;

    protected UserSessionEntity() {
    }

    public UserSessionEntity(String tokenHash, String userName, String csrfToken, LocalDateTime createdAt,
                             LocalDateTime expiresAt) {
        this.tokenHash = tokenHash;
        this.userName = userName;
        this.csrfToken = csrfToken;
        this.createdAt = createdAt;
        this.lastSeenAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public String getUserName() {
        return userName;
    }

    public String getCsrfToken() {
        return csrfToken;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getLastSeenAt() {
        return lastSeenAt;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }
}
