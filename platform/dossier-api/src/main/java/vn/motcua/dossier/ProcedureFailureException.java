package vn.motcua.dossier;

/**
 * A procedure bundle failed (it threw instead of answering): nothing was stored, and the message
 * names the procedure for the clerk; the log names the bundle for the administrator.
 */
public class ProcedureFailureException extends DossierException {
    private static final long serialVersionUID = 1L;

    public ProcedureFailureException(String message, Throwable cause) {
        super(message);
        initCause(cause);
    }

    @Override
    public String code() {
        return "procedure.failed";
    }
}
