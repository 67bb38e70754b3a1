package vn.motcua.dossier;

/** A domain error of the dossier services; its message is in Vietnamese, for the user. */
public abstract class DossierException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected DossierException(String message) {
        super(message);
    }

    protected DossierException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A stable machine code, e.g. {@code dossier.not-found}. */
    public abstract String code();
}
