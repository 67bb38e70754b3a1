package vn.motcua.dossier;

import java.time.LocalDateTime;

/**
 * A scanned file of a dossier's document (digitisation, Nghị định 107/2021/NĐ-CP): stored under the
 * runtime's data folder, its SHA-256 recorded so that a changed file is noticed.
 *
 * @param id number of the file, unique in the runtime
 * @param dossierCode the dossier
 * @param documentCode the document of the dossier the file is a scan of
 * @param name the file name as uploaded (for display; never used as a path)
 * @param contentType application/pdf, image/jpeg or image/png, as found in the content
 * @param size bytes
 * @param sha256 hex digest of the content
 * @param uploadedAt when
 * @param uploadedBy the official's user name, or "cong-dan:…" for the applicant
 * @param uploadedByName display name
 */
public record DossierFile(long id, String dossierCode, String documentCode, String name, String contentType,
                          long size, String sha256, LocalDateTime uploadedAt, String uploadedBy,
                          String uploadedByName) {
}
