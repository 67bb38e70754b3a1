package vn.motcua.dossier.core.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Dossier codes (mã hồ sơ): {@code {agency code}-{yyMMdd}-{NNNN}}, the number counting the
 * dossiers the agency received that day from 0001 (Circular 01/2018/TT-VPCP practice); an online
 * submission takes its code when it is sent. Reception numbers count only what was received.
 */
public final class DossierCodes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private DossierCodes() {
    }

    public static String format(String agencyCode, LocalDate day, int number) {
        return dayAndNumber(new StringBuilder(agencyCode.length() + 13).append(agencyCode).append('-'), day, number);
    }

    /**
     * A reception number (số tiếp nhận), {@code {yyMMdd}-{NNNN}}: the day the agency received the
     * dossier and its place among that day's receptions, as the receipt enters it in the tracking book.
     */
    public static String receptionNumber(LocalDate day, int number) {
        return dayAndNumber(new StringBuilder(12), day, number);
    }

    private static String dayAndNumber(StringBuilder b, LocalDate day, int number) {
        if (number < 1) {
            throw new IllegalArgumentException("dossier numbers start at 1: " + number);
        }
        String n = Integer.toString(number);
        b.append(DAY.format(day)).append('-');
        for (int i = n.length(); i < 4; i++) {
            b.append('0');
        }
        return b.append(n).toString();
    }
}
