package vn.motcua.dossier.core.internal.portal;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.dossier.Action;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.core.internal.CoreMessages;
import vn.motcua.dossier.core.internal.persistence.AuditEntryEntity;
import vn.motcua.dossier.core.internal.persistence.DossierEntity;
import vn.motcua.notice.ApplicantNotice;
import vn.motcua.portal.PortalMessage;

/**
 * What the applicant is told of a change, by SMS or e-mail (Decree 61/2018: the one-stop tells
 * the applicant of the reception and the appointment, of papers to supplement, of a refusal, of a
 * delay with its apology, and that the result is ready). The notice travels in the change's
 * outbox row, beside its portal messages, as a message of its own service, and only when the
 * applicant gave a phone number or an e-mail address.
 */
public final class ApplicantNotices {

    /** The outbox service of a notice to the applicant. */
    public static final String SERVICE = "ThongBaoNguoiNop";

    /** A reason longer than this is cut in the notice (an SMS of 4,000 characters is 60 parts). */
    static final int NOTE_LIMIT = 300;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private ApplicantNotices() {
    }

    /**
     * The notice of a change as an outbox payload, or null when it tells the applicant nothing
     * (a hand-over between officials) or the applicant left no phone or e-mail.
     *
     * @param created the dossier was created by this change
     * @param resync the due date moved with the working calendar
     */
    static String payload(DossierEntity d, List<AuditEntryEntity> entries, boolean created, boolean resync) {
        if (blank(d.getApplicantPhone()) && blank(d.getApplicantEmail())) {
            return null;
        }
        for (int i = entries.size() - 1; i >= 0; i--) {
            AuditEntryEntity e = entries.get(i);
            String event = event(e, created, resync);
            if (event != null) {
                return write(d, e, event);
            }
        }
        return null;
    }

    private static String event(AuditEntryEntity e, boolean created, boolean resync) {
        DossierStatus to = e.getToStatus();
        if (resync) {
            return to.isFinal() || to == DossierStatus.SUBMITTED || to == DossierStatus.RESULT_READY ? null
                    : ApplicantNotice.APPOINTMENT_MOVED;
        }
        if (Action.APOLOGIZE.name().equals(e.getAction())) {
            return ApplicantNotice.APOLOGY;
        }
        if (!created && e.getFromStatus() == to) {
            return null;
        }
        return switch (to) {
            case SUBMITTED -> created ? ApplicantNotice.SUBMITTED : null; // back from a supplement: the applicant sent it
            case RECEIVED -> created || e.getFromStatus() == DossierStatus.SUBMITTED ? ApplicantNotice.RECEIVED : null;
            case SUPPLEMENT_REQUESTED -> ApplicantNotice.SUPPLEMENT_REQUESTED;
            case FEE_REQUESTED -> ApplicantNotice.FEE_REQUESTED;
            case REFUSED -> ApplicantNotice.REFUSED;
            case STOPPED -> ApplicantNotice.STOPPED;
            case RESULT_READY -> ApplicantNotice.RESULT_READY;
            default -> null;
        };
    }

    private static String write(DossierEntity d, AuditEntryEntity e, String event) {
        LocalDateTime promised = d.getAppointmentAt() != null ? d.getAppointmentAt() : d.getDueAt();
        String note = e.getNote() == null || e.getNote().isBlank() ? "" : ": " + cut(e.getNote().strip());
        String key = "notice." + event
                + (event.equals(ApplicantNotice.SUPPLEMENT_REQUESTED) && d.getReceivedAt() == null ? ".reception" : "");
        String text = CoreMessages.text(key, d.getAgencyName(), d.getCode(), d.getProcedureName(),
                TIME.format(event.equals(ApplicantNotice.SUBMITTED) || promised == null ? e.getActedAt() : promised),
                note);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event", event);
        m.put("phone", blank(d.getApplicantPhone()) ? null : d.getApplicantPhone());
        m.put("email", blank(d.getApplicantEmail()) ? null : d.getApplicantEmail());
        m.put("subject", CoreMessages.text("notice.subject", d.getCode(), e.getToStatus().label()));
        m.put("text", text);
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot encode a notice", ex);
        }
    }

    /** The notice an outbox message of {@link #SERVICE} holds. */
    public static ApplicantNotice read(PortalMessage m) {
        try {
            JsonNode n = JSON.readTree(m.payload());
            return new ApplicantNotice(m.dossierCode(), m.seq(), n.path("event").asText(), text(n, "phone"),
                    text(n, "email"), n.path("subject").asText(), n.path("text").asText(), m.createdAt(),
                    m.attempt());
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("unreadable notice of " + m.dossierCode() + "#" + m.seq(), ex);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String cut(String note) {
        if (note.length() <= NOTE_LIMIT) {
            return note;
        }
        // at a word's end (the texts are composed, NFC: no cut parts a letter from its tone mark)
        int end = note.lastIndexOf(' ', NOTE_LIMIT);
        return note.substring(0, end < NOTE_LIMIT / 2 ? NOTE_LIMIT : end).strip() + "…";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
