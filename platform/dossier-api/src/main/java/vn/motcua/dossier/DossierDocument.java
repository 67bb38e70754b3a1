package vn.motcua.dossier;

/**
 * A document of a received dossier, with the name it had in the procedure when it was received.
 */
public record DossierDocument(String code, String name, int originals, int certifiedCopies, int copies,
                              int pages) {
}
