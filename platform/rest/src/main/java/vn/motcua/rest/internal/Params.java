package vn.motcua.rest.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * Query parameters read by hand, so that a malformed one gets a 400 naming it (JAX-RS would answer
 * a failed conversion with a bare 404).
 */
final class Params {

    private Params() {
    }

    static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException("param.missing", "Thiếu tham số " + name + ".");
        }
        return value.strip();
    }

    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static LocalDate date(String name, String value) {
        if (optional(value) == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("param.invalid",
                    "Tham số " + name + " phải là ngày dạng YYYY-MM-DD, nhận được '" + clip(value) + "'.");
        }
        return inRange(name, date, date.getYear());
    }

    /** A period: both days, the second not before the first. */
    record Period(LocalDate from, LocalDate to) {
    }

    static Period period(String from, String to) {
        Period p = new Period(date("from", required("from", from)), date("to", required("to", to)));
        ordered(p.from(), p.to());
        return p;
    }

    /** Refuses a period that ends before it starts (either end may be open: null). */
    static void ordered(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new BadRequestException("param.invalid", "Ngày 'to' phải không sớm hơn ngày 'from'.");
        }
    }

    /** Years the API answers for: the database's date types (and any real dossier) stay far inside them. */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2999;

    private static <T> T inRange(String name, T value, int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new BadRequestException("param.invalid", "Tham số " + name + " phải nằm trong các năm "
                    + FIRST_YEAR + "–" + LAST_YEAR + ", nhận được '" + value + "'.");
        }
        return value;
    }

    static LocalDateTime dateTime(String name, String value) {
        String v = required(name, value);
        LocalDateTime at;
        try {
            at = LocalDateTime.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("param.invalid",
                    "Tham số " + name + " phải là thời điểm dạng YYYY-MM-DDTHH:MM, nhận được '" + clip(v) + "'.");
        }
        return inRange(name, at, at.getYear());
    }

    static int integer(String name, String value, int defaultValue, int min, int max) {
        if (optional(value) == null) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequestException("param.invalid",
                    "Tham số " + name + " phải là số nguyên từ " + min + " đến " + max + ", nhận được '"
                            + clip(value) + "'.");
        }
    }

    static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (optional(value) == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("param.invalid", "Tham số " + name + " không hợp lệ: '" + clip(value)
                    + "'; nhận một trong: " + String.join(", ",
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + ".");
        }
    }

    static boolean bool(String name, String value) {
        String v = optional(value);
        if (v == null || v.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (v.strip().equalsIgnoreCase("true")) {
            return true;
        }
        throw new BadRequestException("param.invalid",
                "Tham số " + name + " phải là true hoặc false, nhận được '" + clip(value) + "'.");
    }

    /** Echo at most 60 characters of what the caller sent. */
    static String clip(String value) {
        return clip(value, 60);
    }

    /** At most {@code max} characters of a message. */
    static String clip(String value, int max) {
        return value.length() > max ? value.substring(0, max) + "…" : value;
    }
}
