package vn.motcua.dossier;

/** The actor may not do this (wrong role, another agency's dossier, not the current step). */
public class ForbiddenException extends DossierException {
    private static final long serialVersionUID = 1L;

    public ForbiddenException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return "forbidden";
    }
}
