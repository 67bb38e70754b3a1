package vn.motcua.dossier;

/**
 * The action does not fit the dossier's state, or another action changed the dossier first: the
 * exception carries the dossier as it is now.
 */
public class InvalidTransitionException extends DossierException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final transient Dossier current;

    public InvalidTransitionException(String code, String message, Dossier current) {
        super(message);
        this.code = code;
        this.current = current;
    }

    /** The dossier as it is now, or null when it could not be read. */
    public Dossier current() {
        return current;
    }

    @Override
    public String code() {
        return code;
    }
}
