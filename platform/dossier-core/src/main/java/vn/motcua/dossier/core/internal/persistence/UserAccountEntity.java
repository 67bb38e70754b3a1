package vn.motcua.dossier.core.internal.persistence;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** An official's account as stored. */
@Entity
@Table(name = "USER_ACCOUNT")
public class UserAccountEntity {

    @Id
    @Column(name = "USER_NAME", length = 100)
    private String userName;
    @Column(name = "DISPLAY_NAME", nullable = false, length = 200)
    private String displayName;
    @Column(name = "PASSWORD_HASH", nullable = false, length = 300)
    private String passwordHash;
    @Column(name = "ROLES", nullable = false, length = 300)
    private String roles;
    @Column(name = "AGENCY_CODE", length = 30)
    private String agencyCode;
    @Column(name = "ENABLED", nullable = false)
    private boolean enabled;
    @Column(name = "FAILED_ATTEMPTS", nullable = false)
    private int failedAttempts;
    @Column(name = "LOCKED_UNTIL")
    private LocalDateTime lockedUntil;
    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;
    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected UserAccountEntity() {
    }

    public UserAccountEntity(String userName, String displayName, String passwordHash, String roles,
                             String agencyCode, LocalDateTime createdAt) {
        this.userName = userName;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles;
        this.agencyCode = agencyCode;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    public String getUserName() {
        return userName;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public String getRoles() {
        return roles;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setRoles(String roles) {
        this.roles = roles;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public void setFailedAttempts(int failedAttempts) {
        this.failedAttempts = failedAttempts;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }

    public void setLockedUntil(LocalDateTime lockedUntil) {
        this.lockedUntil = lockedUntil;
    }
}
