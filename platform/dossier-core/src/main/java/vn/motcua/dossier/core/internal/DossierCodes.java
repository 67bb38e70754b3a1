package vn.motcua.dossier.core.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Dossier codes (mã hồ sơ): {@code {agency code}-{yyMMdd}-{NNNN}}, the number counting the
 * dossiers the agency received that day from 0001 (Circular 01/2018/TT-VPCP practice).
 */
public final class DossierCodes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private DossierCodes() {
    }

    public static String format(String agencyCode, LocalDate day, int number) {
        if (number < 1) {
            throw new IllegalArgumentException("dossier numbers start at 1: " + number);
        }
        String n = Integer.toString(number);
        StringBuilder b = new StringBuilder(agencyCode.length() + 13).append(agencyCode).append('-')
                .append(DAY.format(day)).append('-');
        for (int i = n.length(); i < 4; i++) {
            b.append('0');
        }
        return b.append(n).toString();
    }
}
