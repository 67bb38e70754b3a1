package vn.motcua.procedure;

import java.util.Objects;

/**
 * A document the applicant hands in (thành phần hồ sơ), with how many of each kind the procedure
 * asks for.
 *
 * @param code stable code, unique within the procedure, used in submissions
 * @param name Vietnamese name
 * @param originals bản chính
 * @param certifiedCopies bản sao có chứng thực
 * @param copies bản sao / bản photo
 * @param mandatory whether a dossier without it is incomplete
 * @param countsPages whether the clerk records its number of pages (fees by page)
 */
public record RequiredDocument(String code, String name, int originals, int certifiedCopies, int copies,
                               boolean mandatory, boolean countsPages) {
    public RequiredDocument {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (originals < 0 || certifiedCopies < 0 || copies < 0) {
            throw new IllegalArgumentException(code + ": negative quantity");
        }
    }
}
