package vn.motcua.dossier;

import java.time.LocalDate;

/**
 * Which dossiers to list: all filters optional; {@code from}/{@code to} bound the receipt date
 * (both included); {@code applicantIdNumber} is the applicant's identity number (CCCD/CMND) as
 * received; {@code myTurn} keeps the dossiers in process whose current step waits for the official
 * who asks (a step of one of their roles; a specialist's step only when it is assigned to them or
 * to no one); {@code page} counts from 0.
 */
public record DossierQuery(String agencyCode, DossierStatus status, LocalDate from, LocalDate to, int page,
                           int size, String applicantIdNumber, boolean myTurn) {

    /** A query without the applicant filter. */
    public DossierQuery(String agencyCode, DossierStatus status, LocalDate from, LocalDate to, int page, int size) {
        this(agencyCode, status, from, to, page, size, null, false);
    }

    /** A query as dossier API 1.4 knew it: every dossier, whoever's turn it is. */
    public DossierQuery(String agencyCode, DossierStatus status, LocalDate from, LocalDate to, int page, int size,
                        String applicantIdNumber) {
        this(agencyCode, status, from, to, page, size, applicantIdNumber, false);
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
