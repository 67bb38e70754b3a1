package vn.motcua.socialpolicy.internal;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import vn.motcua.procedure.Problem;
import vn.motcua.procedure.ProcedureDescriptor;
import vn.motcua.procedure.ProcedureDescriptors;
import vn.motcua.procedure.Submission;
import vn.motcua.procedure.Texts;

/** The field's published data, Vietnamese messages and the small rules its procedures share. */
final class SocialPolicy {

    static final String FIELD = "bao-tro-xa-hoi";

    static final Map<String, ProcedureDescriptor> DESCRIPTORS =
            ProcedureDescriptors.load(SocialPolicy.class, "procedures.properties");

    /** No one alive today was born earlier: an earlier date is a typing error. */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private static final Texts MESSAGES = Texts.of(SocialPolicy.class, "messages.properties");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private SocialPolicy() {
    }

    static ProcedureDescriptor descriptor(String code) {
        ProcedureDescriptor d = DESCRIPTORS.get(code);
        if (d == null) {
            throw new IllegalStateException("procedures.properties has no procedure " + code);
        }
        return d;
    }

    static String message(String key, Object... args) {
        return MESSAGES.text(key, args);
    }

    /** Whether messages.properties has this key (labels of optional codes). */
    static boolean hasMessage(String key) {
        return MESSAGES.has(key);
    }

    /** 2024-07-01 → "01/07/2024". */
    static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** A form value, or null when absent or blank. */
    static String text(Map<String, String> form, String field) {
        String v = form.get(field);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** A form date, or null when absent or unreadable (the core reports a malformed date). */
    static LocalDate date(Map<String, String> form, String field) {
        String v = text(form, field);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Full years between two dates; someone born on 29 February has a birthday on 28 February in
     * a common year, as in the civil-status field.
     */
    static int fullYears(LocalDate birth, LocalDate on) {
        int years = Period.between(birth, on).getYears();
        return birth.plusYears(years + 1L).isAfter(on) ? years : years + 1;
    }

    /**
     * Checks that a date lies between 1900 and the day of receipt.
     *
     * @return whether the date is present and plausible
     */
    static boolean checkDate(Submission s, String field, String labelKey, List<Problem> problems) {
        LocalDate d = date(s.form(), field);
        if (d == null) {
            return false;
        }
        LocalDate received = s.receivedAt().toLocalDate();
        if (d.isAfter(received)) {
            problems.add(new Problem("social-policy.date-future", "form." + field,
                    message("date.future", message(labelKey), day(d), day(received))));
            return false;
        }
        if (d.isBefore(EARLIEST)) {
            problems.add(new Problem("social-policy.date-too-early", "form." + field,
                    message("date.tooEarly", message(labelKey), day(d))));
            return false;
        }
        return true;
    }
}
