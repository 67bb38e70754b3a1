package vn.motcua.civilstatus.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import vn.motcua.procedure.Fee;
import vn.motcua.procedure.Problem;
import vn.motcua.procedure.ProcedureDescriptor;
import vn.motcua.procedure.ProcedureDescriptors;
import vn.motcua.procedure.Submission;
import vn.motcua.procedure.Texts;

/** The field's published data, Vietnamese messages and the small rules its procedures share. */
final class CivilStatus {

    static final String FIELD = "ho-tich";

    static final Map<String, ProcedureDescriptor> DESCRIPTORS =
            ProcedureDescriptors.load(CivilStatus.class, "procedures.properties");

    /** Events are not registered before this day: an earlier date is a typing error. */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    /** Luật Hộ tịch Điều 11 khoản 1 điểm a: families of người có công, hộ nghèo, người khuyết tật. */
    static final Set<String> EXEMPTIONS = Set.of("nguoi-co-cong", "ho-ngheo", "nguoi-khuyet-tat");
    static final String EXEMPTION_FIELD = "feeExemption";

    private static final Texts MESSAGES = Texts.of(CivilStatus.class, "messages.properties");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private CivilStatus() {
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

    /** 2026-03-01 → "01/03/2026". */
    static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** A form value, or null when absent or blank. */
    static String text(Submission s, String field) {
        String v = s.form().get(field);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /**
     * A form date, or null when absent or unreadable: the core has already reported a malformed
     * date, so the field's rules skip it.
     */
    static LocalDate date(Map<String, String> form, String field) {
        String v = form.get(field);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Checks that an event date lies between 1900 and the day of receipt. */
    static void checkEventDate(Submission s, String field, String labelKey, List<Problem> problems) {
        LocalDate d = date(s.form(), field);
        if (d == null) {
            return;
        }
        LocalDate received = s.receivedAt().toLocalDate();
        if (d.isAfter(received)) {
            problems.add(new Problem("civil-status.date-future", "form." + field,
                    message("date.future", message(labelKey), day(d), day(received))));
        } else if (d.isBefore(EARLIEST)) {
            problems.add(new Problem("civil-status.date-too-early", "form." + field,
                    message("date.tooEarly", message(labelKey), day(d))));
        }
    }

    /** Checks the optional exemption ground. */
    static void checkExemption(Submission s, List<Problem> problems) {
        String ground = text(s, EXEMPTION_FIELD);
        if (ground != null && !EXEMPTIONS.contains(ground)) {
            problems.add(new Problem("civil-status.exemption", "form." + EXEMPTION_FIELD,
                    message("exemption.unknown")));
        }
    }

    /** The exemption ground in words, or null when none (or not a known one). */
    static String exemption(Submission s) {
        String ground = text(s, EXEMPTION_FIELD);
        return ground != null && EXEMPTIONS.contains(ground) ? message("exemption." + ground) : null;
    }

    /**
     * The fee of a registration that is free when on time (khai sinh, khai tử): within the legal
     * number of days after the event it is free; later, the province's fee applies (0 when the
     * province set none), unless the person belongs to an exempt group.
     *
     * @param prefix message prefix, {@code fee.birth} or {@code fee.death}
     */
    static Fee onTimeOrLocalFee(Submission s, String dateField, String labelKey, int daysAllowed, String prefix) {
        LocalDate event = date(s.form(), dateField);
        // no figure yet (a quote while the form is filled in): not 0 đ, which would read as free; a
        // reception never gets here, validate() having refused the date
        if (event == null) {
            throw new IllegalArgumentException(message("fee.undetermined", message(labelKey).toLowerCase(Locale.ROOT)));
        }
        if (event.isAfter(s.receivedAt().toLocalDate())) {
            throw new IllegalArgumentException(message("fee.ahead", message(labelKey).toLowerCase(Locale.ROOT)));
        }
        long days = ChronoUnit.DAYS.between(event, s.receivedAt().toLocalDate());
        if (days == 0) {
            return new Fee(0, List.of(message(prefix + ".sameDay")));
        }
        if (days <= daysAllowed) {
            return new Fee(0, List.of(message(prefix + ".onTime", String.valueOf(days))));
        }
        String exemption = exemption(s);
        if (exemption != null) {
            return new Fee(0, List.of(message("fee.exempt", exemption)));
        }
        if (s.localFee() == null) {
            return new Fee(0, List.of(message(prefix + ".lateNone", String.valueOf(days))));
        }
        return new Fee(s.localFee(), List.of(message(prefix + ".lateLocal", String.valueOf(days), Fee.amountText(s.localFee()))));
    }
}
