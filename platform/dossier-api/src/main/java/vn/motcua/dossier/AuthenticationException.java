package vn.motcua.dossier;

/** Wrong user name or password, or an account that is disabled or temporarily locked. */
public class AuthenticationException extends DossierException {
    private static final long serialVersionUID = 1L;

    public AuthenticationException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return "authentication.failed";
    }
}
