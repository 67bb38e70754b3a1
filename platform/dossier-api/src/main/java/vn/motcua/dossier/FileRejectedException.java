package vn.motcua.dossier;

/** An uploaded file that is not accepted: its type, or its size. */
public class FileRejectedException extends DossierException {
    private static final long serialVersionUID = 1L;

    /** Why a file is refused. */
    public enum Reason {
        /** Not a PDF, JPEG or PNG, or not what its Content-Type says. */
        TYPE,
        /** Larger than the configured limit. */
        SIZE,
        /** No content at all. */
        EMPTY
    }

    private final Reason reason;

    public FileRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String code() {
        return "file." + reason.name().toLowerCase(java.util.Locale.ROOT);
    }
}
