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
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.core.internal.CoreMessages;
import vn.motcua.dossier.core.internal.persistence.AuditEntryEntity;
import vn.motcua.dossier.core.internal.persistence.DossierEntity;
import vn.motcua.notice.ApplicantNotice;
import vn.motcua.procedure.Fee;
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
    /** A procedure's name longer than this is cut: the code names the dossier, the name reminds. */
    static final int NAME_LIMIT = 80;

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
        // the change's outcome (an on-the-spot resolution passes through "result ready" to "returned")
        AuditEntryEntity e = entries.get(entries.size() - 1);
        String event = event(d, e, created, resync);
        return event == null ? null : write(d, e, event);
    }

    private static String event(DossierEntity d, AuditEntryEntity e, boolean created, boolean resync) {
        DossierStatus to = e.getToStatus();
        if (resync) {
            // only when what the applicant was promised moved: not after an apology's own appointment,
            // not for a transfer's or a step's deadline, not once the result waits
            boolean dueMoved = e.getDetails() != null && e.getDetails().contains("\"previousDueAt\"");
            return !dueMoved || d.getAppointmentAt() != null || to.isFinal() || to == DossierStatus.SUBMITTED
                    || to == DossierStatus.RESULT_READY ? null : ApplicantNotice.APPOINTMENT_MOVED;
        }
        if (Action.APOLOGIZE.name().equals(e.getAction())) {
            return ApplicantNotice.APOLOGY;
        }
        DossierStatus from = e.getFromStatus();
        if (!created && from == to) {
            return null;
        }
        if (from != null && from.isPaused() && d.getReceivedAt() != null && !to.isPaused() && !to.isFinal()
                && to != DossierStatus.RESULT_READY && to != DossierStatus.SUBMITTED) {
            return ApplicantNotice.RESUMED; // the clock runs again: the appointment it gives now
        }
        return switch (to) {
            case SUBMITTED -> created ? ApplicantNotice.SUBMITTED : null; // back from a supplement: the applicant sent it
            case RECEIVED -> created || from == DossierStatus.SUBMITTED ? ApplicantNotice.RECEIVED : null;
            case SUPPLEMENT_REQUESTED -> ApplicantNotice.SUPPLEMENT_REQUESTED;
            case FEE_REQUESTED -> ApplicantNotice.FEE_REQUESTED;
            case REFUSED -> ApplicantNotice.REFUSED;
            case STOPPED -> ApplicantNotice.STOPPED;
            case RESULT_READY -> ApplicantNotice.RESULT_READY;
            default -> null;
        };
    }

    private static String write(DossierEntity d, AuditEntryEntity e, String event) {
        // an apology's appointment, unless the clock moved the due date past it since
        LocalDateTime promised = d.getAppointmentAt() != null && (d.getDueAt() == null
                || d.getAppointmentAt().isAfter(d.getDueAt())) ? d.getAppointmentAt() : d.getDueAt();
        String note = e.getNote() == null || e.getNote().isBlank() ? "" : ": " + cut(e.getNote().strip(), NOTE_LIMIT);
        if (event.equals(ApplicantNotice.FEE_REQUESTED)) {
            note = note + feeAmount(e);
        }
        String variant = event.equals(ApplicantNotice.SUPPLEMENT_REQUESTED) && d.getReceivedAt() == null ? ".reception"
                : event.equals(ApplicantNotice.RESULT_READY) && d.getChannel() == Channel.POST ? ".post" : "";
        String text = CoreMessages.text("notice." + event + variant, d.getAgencyName(), d.getCode(),
                cut(d.getProcedureName(), NAME_LIMIT),
                TIME.format(event.equals(ApplicantNotice.SUBMITTED) || promised == null ? e.getActedAt() : promised),
                note);
        return json(event, blank(d.getApplicantPhone()) ? null : d.getApplicantPhone(),
                blank(d.getApplicantEmail()) ? null : d.getApplicantEmail(),
                CoreMessages.text("notice.subject." + event, d.getCode()), text);
    }

    /** The outbox payload of a notice (what is left to send of one, after a part went). */
    static String payload(ApplicantNotice n) {
        return json(n.event(), n.phone(), n.email(), n.subject(), n.text());
    }

    private static String json(String event, String phone, String email, String subject, String text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event", event);
        m.put("phone", phone);
        m.put("email", email);
        m.put("subject", subject);
        m.put("text", text);
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot encode a notice", ex);
        }
    }

    /** ". Số tiền: 5.000 đồng" from a fee request's entry. */
    private static String feeAmount(AuditEntryEntity e) {
        try {
            long amount = e.getDetails() == null ? 0 : JSON.readTree(e.getDetails()).path("amount").asLong();
            return amount <= 0 ? "" : CoreMessages.text("notice.amount", Fee.amountText(amount));
        } catch (JsonProcessingException unreadable) {
            return "";
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

    private static String cut(String text, int limit) {
        if (text == null || text.length() <= limit) {
            return text;
        }
        // at a word's end (the texts are composed, NFC: no cut parts a letter from its tone mark)
        int end = text.lastIndexOf(' ', limit);
        return text.substring(0, end < limit / 2 ? limit : end).strip() + "…";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
