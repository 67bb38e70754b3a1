package vn.motcua.dossier;

/**
 * The service cannot answer now through no fault of the request: the database is unreachable (not
 * yet up, restarting, or refusing connections). Nothing was stored; the same request can be sent
 * again later.
 */
public class ServiceUnavailableException extends DossierException {
    private static final long serialVersionUID = 1L;

    public static final String CODE = "database.unavailable";

    public ServiceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String code() {
        return CODE;
    }
}
