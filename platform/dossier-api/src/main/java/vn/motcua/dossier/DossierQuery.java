package vn.motcua.dossier;

import java.time.LocalDate;

/**
 * Which dossiers to list: all filters optional; {@code from}/{@code to} bound the receipt date
 * (both included); {@code page} counts from 0.
 */
public record DossierQuery(String agencyCode, DossierStatus status, LocalDate from, LocalDate to, int page,
                           int size) {

    public static final int MAX_SIZE = 200;

    public DossierQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
    }
}
