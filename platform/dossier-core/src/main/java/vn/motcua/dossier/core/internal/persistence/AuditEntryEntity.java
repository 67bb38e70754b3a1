package vn.motcua.dossier.core.internal.persistence;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Role;

/** One entry of a dossier's audit trail; written once, never updated. */
@Entity
@Table(name = "AUDIT_ENTRY")
@IdClass(AuditEntryEntity.Key.class)
public class AuditEntryEntity {

    @Id
    @Column(name = "DOSSIER_CODE", length = 40)
    private String dossierCode;
    @Id
    @Column(name = "SEQ")
    private int seq;
    @Column(name = "ACTED_AT", nullable = false)
    private LocalDateTime actedAt;
    @Column(name = "USER_NAME", nullable = false, length = 100)
    private String userName;
    @Column(name = "USER_DISPLAY_NAME", length = 200)
    private String userDisplayName;
    @Enumerated(EnumType.STRING)
    @Column(name = "ACTOR_ROLE", nullable = false, length = 30)
    private Role role;
    @Column(name = "AGENCY_CODE", length = 30)
    private String agencyCode;
    @Column(name = "ACTION", nullable = false, length = 40)
    private String action;
    @Enumerated(EnumType.STRING)
    @Column(name = "FROM_STATUS", length = 30)
    private DossierStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "TO_STATUS", nullable = false, length = 30)
    private DossierStatus toStatus;
    @Column(name = "STEP_CODE", length = 40)
    private String stepCode;
    @Column(name = "NOTE", length = 4000)
    private String note;
    @Column(name = "STEP_DUE_AT")
    private LocalDateTime stepDueAt;
    @Column(name = "DETAILS", length = 8000)
    private String details;

    protected AuditEntryEntity() {
    }

    public AuditEntryEntity(int seq, LocalDateTime actedAt, String userName, String userDisplayName, Role role,
                            String agencyCode, String action, DossierStatus fromStatus, DossierStatus toStatus,
                            String stepCode, String note, LocalDateTime stepDueAt, String details) {
        this.seq = seq;
        this.actedAt = actedAt;
        this.userName = userName;
        this.userDisplayName = userDisplayName;
        this.role = role;
        this.agencyCode = agencyCode;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.stepCode = stepCode;
        this.note = note;
        this.stepDueAt = stepDueAt;
        this.details = details;
    }

    public void setDossierCode(String dossierCode) {
        this.dossierCode = dossierCode;
    }

    public String getDossierCode() {
        return dossierCode;
    }

    public int getSeq() {
        return seq;
    }

    public LocalDateTime getActedAt() {
        return actedAt;
    }

    public String getUserName() {
        return userName;
    }

    public String getUserDisplayName() {
        return userDisplayName;
    }

    public Role getRole() {
        return role;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getAction() {
        return action;
    }

    public DossierStatus getFromStatus() {
        return fromStatus;
    }

    public DossierStatus getToStatus() {
        return toStatus;
    }

    public String getStepCode() {
        return stepCode;
    }

    public String getDetails() {
        return details;
    }

    /** Completes the details of an entry not yet written (e.g. the register number given at approval). */
    public void setDetails(String details) {
        this.details = details;
    }

    public String getNote() {
        return note;
    }

    public LocalDateTime getStepDueAt() {
        return stepDueAt;
    }

    /** Primary key: the dossier and the entry's position in its trail. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String dossierCode;
        private int seq;

        public Key() {
        }

        public Key(String dossierCode, int seq) {
            this.dossierCode = dossierCode;
            this.seq = seq;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.seq == seq && Objects.equals(k.dossierCode, dossierCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(dossierCode, seq);
        }
    }
}
