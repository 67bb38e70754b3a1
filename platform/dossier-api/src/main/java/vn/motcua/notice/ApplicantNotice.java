package vn.motcua.notice;

import java.text.Normalizer;
import java.time.LocalDateTime;

/**
 * One notice to an applicant, in Vietnamese with full diacritics.
 *
 * @param dossierCode the dossier
 * @param seq the audit entry of the change it tells of (with the code, it tells a repeat apart)
 * @param event what happened: one of the constants of this record
 * @param phone the applicant's phone number as given, or null
 * @param email the applicant's e-mail address, or null
 * @param subject a subject line for an e-mail
 * @param text the message itself: who writes, the dossier, what happened and what to do
 * @param createdAt when the change happened
 * @param attempt 1 for the first sending attempt
 */
public record ApplicantNotice(String dossierCode, int seq, String event, String phone, String email, String subject,
                              String text, LocalDateTime createdAt, int attempt) {

    /** Submitted online: received by the system, waiting for the one-stop to check it. */
    public static final String SUBMITTED = "SUBMITTED";
    /** Received (at the counter, or accepted online): the appointment for the result. */
    public static final String RECEIVED = "RECEIVED";
    /** More papers or a corrected declaration needed (the time limit paused, or not yet started). */
    public static final String SUPPLEMENT_REQUESTED = "SUPPLEMENT_REQUESTED";
    /** A fee or tax to pay before the procedure goes on. */
    public static final String FEE_REQUESTED = "FEE_REQUESTED";
    /** Refused, with the reasons. */
    public static final String REFUSED = "REFUSED";
    /** Stopped (Thông báo dừng giải quyết), with the reasons. */
    public static final String STOPPED = "STOPPED";
    /** The result is ready for collection. */
    public static final String RESULT_READY = "RESULT_READY";
    /** Late: the agency apologises and gives a new appointment. */
    public static final String APOLOGY = "APOLOGY";
    /** The appointment moved with the working calendar (a holiday announced or withdrawn). */
    public static final String APPOINTMENT_MOVED = "APPOINTMENT_MOVED";
    /**
     * The procedure goes on after a pause (the papers supplemented, the fee paid, the stop lifted):
     * the appointment the time left gives.
     */
    public static final String RESUMED = "RESUMED";

    /** The same notice for its e-mail address alone (what is left once the SMS went). */
    public ApplicantNotice withoutPhone() {
        return new ApplicantNotice(dossierCode, seq, event, null, email, subject, text, createdAt, attempt);
    }

    /**
     * The text without diacritics (đ as d), for an SMS gateway that sends only the GSM alphabet:
     * a message in it takes 160 characters per part instead of 70.
     */
    public String plainText() {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.append(c == 'đ' ? 'd' : c == 'Đ' ? 'D' : c);
        }
        return out.toString();
    }
}
