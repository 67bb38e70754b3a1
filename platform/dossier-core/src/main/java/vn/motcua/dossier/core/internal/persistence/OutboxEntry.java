package vn.motcua.dossier.core.internal.persistence;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/**
 * A message to the national public-service portal, written in the same transaction as the change
 * it reports, delivered later with retries.
 */
@Entity
@Table(name = "OUTBOX")
@IdClass(OutboxEntry.Key.class)
public class OutboxEntry {

    public static final String PENDING = "PENDING";
    public static final String DELIVERED = "DELIVERED";

    @Id
    @Column(name = "DOSSIER_CODE", length = 40)
    private String dossierCode;
    @Id
    @Column(name = "SEQ")
    private int seq;
    @Id
    @Column(name = "SERVICE", length = 40)
    private String service;
    @Column(name = "PAYLOAD", nullable = false, length = 16000)
    private String payload;
    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;
    @Column(name = "STATE", nullable = false, length = 10)
    private String state;
    @Column(name = "ATTEMPTS", nullable = false)
    private int attempts;
    @Column(name = "NEXT_ATTEMPT_AT", nullable = false)
    private LocalDateTime nextAttemptAt;
    @Column(name = "DELIVERED_AT")
    private LocalDateTime deliveredAt;
    @Column(name = "LAST_ERROR", length = 1000)
    private String lastError;

    protected OutboxEntry() {
    }

    /** @param seq the audit entry the message reports */
    public OutboxEntry(int seq, String service, String payload, LocalDateTime createdAt) {
        this.seq = seq;
        this.service = service;
        this.payload = payload;
        this.createdAt = createdAt;
        this.state = PENDING;
        this.nextAttemptAt = createdAt;
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

    public String getService() {
        return service;
    }

    public String getPayload() {
        return payload;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public LocalDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public LocalDateTime getDeliveredAt() {
        return deliveredAt;
    }

    public String getLastError() {
        return lastError;
    }

    public void delivered(LocalDateTime at) {
        state = DELIVERED;
        deliveredAt = at;
        attempts++;
        lastError = null;
    }

    public void failed(LocalDateTime nextAttempt, String error) {
        attempts++;
        nextAttemptAt = nextAttempt;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
    }

    /** Primary key: the dossier, the audit entry, the portal service. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String dossierCode;
        private int seq;
        private String service;

        public Key() {
        }

        public Key(String dossierCode, int seq, String service) {
            this.dossierCode = dossierCode;
            this.seq = seq;
            this.service = service;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.seq == seq && Objects.equals(k.dossierCode, dossierCode)
                    && Objects.equals(k.service, service);
        }

        @Override
        public int hashCode() {
            return Objects.hash(dossierCode, seq, service);
        }
    }
}
