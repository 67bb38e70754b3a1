package vn.motcua.dossier;

/** The dossier, procedure or agency asked for does not exist (or is not visible to the caller). */
public class NotFoundException extends DossierException {
    private static final long serialVersionUID = 1L;

    private final String code;

    public NotFoundException(String code, String message) {
        super(message);
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
