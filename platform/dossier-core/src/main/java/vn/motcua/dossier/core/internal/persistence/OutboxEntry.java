package vn.motcua.dossier.core.internal.persistence;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

import vn.motcua.portal.PortalMessage;

/**
 * What the national public-service portal is to be told of one change, written in the same
 * transaction as the change, delivered later with retries.
 * <p>
 * A change usually makes two messages (the dossier, and its progress): they are kept in one row,
 * its service {@link #CHANGE} and its payload one message per line, {@code service TAB seq TAB json}
 * (the JSON has no raw line breaks or tabs), so that a reception or a transition inserts one outbox
 * row instead of two and the delivery records one. A row with one message holds it as it is, its
 * service the portal's. Either way {@link #messages()} gives them in order.
 */
@Entity
@Table(name = "OUTBOX")
@IdClass(OutboxEntry.Key.class)
public class OutboxEntry {

    public static final String PENDING = "PENDING";
    public static final String DELIVERED = "DELIVERED";
    /** The service of a row that holds the several messages of one change. */
    public static final String CHANGE = "CHANGE";

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

    /** A row as stored and not yet delivered (read by {@link DossierRows#pendingOutbox}). */
    OutboxEntry(String dossierCode, int seq, String service, String payload, LocalDateTime createdAt, int attempts,
                LocalDateTime nextAttemptAt, String lastError) {
        this(dossierCode, seq, service, payload, createdAt, PENDING, attempts, nextAttemptAt, null, lastError);
    }

    /** A row as stored, delivered or not (read by {@link DossierRows#outboxOf}). */
    OutboxEntry(String dossierCode, int seq, String service, String payload, LocalDateTime createdAt, String state,
                int attempts, LocalDateTime nextAttemptAt, LocalDateTime deliveredAt, String lastError) {
        this.dossierCode = dossierCode;
        this.seq = seq;
        this.service = service;
        this.payload = payload;
        this.createdAt = createdAt;
        this.state = state;
        this.attempts = attempts;
        this.nextAttemptAt = nextAttemptAt;
        this.deliveredAt = deliveredAt;
        this.lastError = lastError;
    }

    /**
     * One row for the messages of a change, in order ({@code services}, {@code seqs} and
     * {@code payloads} side by side); a single message is kept as it is.
     *
     * @param seq the change's last audit entry
     */
    public static OutboxEntry of(int seq, List<String> services, List<Integer> seqs, List<String> payloads,
                                 LocalDateTime createdAt) {
        if (services.size() == 1) {
            return new OutboxEntry(seqs.get(0), services.get(0), payloads.get(0), createdAt);
        }
        StringBuilder lines = new StringBuilder(payloads.stream().mapToInt(String::length).sum() + 64);
        for (int i = 0; i < services.size(); i++) {
            if (i > 0) {
                lines.append('\n');
            }
            lines.append(services.get(i)).append('\t').append(seqs.get(i)).append('\t').append(payloads.get(i));
        }
        return new OutboxEntry(seq, CHANGE, lines.toString(), createdAt);
    }

    /** The portal messages of this row, in the order they are to be delivered. */
    public List<PortalMessage> messages() {
        if (!CHANGE.equals(service)) {
            return List.of(new PortalMessage(dossierCode, seq, service, payload, createdAt, attempts + 1));
        }
        List<PortalMessage> out = new ArrayList<>(2);
        for (int start = 0; start < payload.length(); ) {
            int end = payload.indexOf('\n', start);
            if (end < 0) {
                end = payload.length();
            }
            int tab = payload.indexOf('\t', start);
            int tab2 = payload.indexOf('\t', tab + 1);
            out.add(new PortalMessage(dossierCode, Integer.parseInt(payload, tab + 1, tab2, 10),
                    payload.substring(start, tab), payload.substring(tab2 + 1, end), createdAt, attempts + 1));
            start = end + 1;
        }
        return out;
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
        waiting(nextAttempt, error);
    }

    /** Not tried, to be tried then; the error says why it waits. */
    public void waiting(LocalDateTime nextAttempt, String error) {
        nextAttemptAt = nextAttempt;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
    }

    /** What is left to deliver of this row, once a part of it went. */
    public void narrow(String remainingPayload) {
        payload = remainingPayload;
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
