package vn.motcua.dossier;

import java.time.LocalDate;

/**
 * Which dossiers to list: all filters optional; {@code from}/{@code to} bound the receipt date
 * (both included); {@code applicantIdNumber} is the applicant's identity number (CCCD/CMND) as
 * received; {@code page} counts from 0.
 */
public record DossierQuery(String agencyCode, DossierStatus status, LocalDate from, LocalDate to, int page,
                           int size, String applicantIdNumber) {

    /** A query without the applicant filter. */
    public DossierQuery(String agencyCode, DossierStatus status, LocalDate from, LocalDate to, int page, int size) {
        this(agencyCode, status, from, to, page, size, null);
    }

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
