package vn.motcua.dossier.core.internal.persistence;

/**
 * Test access to what only the persistence package may set: the dossier code is given by the
 * repository when a dossier is stored, so {@link DossierEntity#setCode} is package-private.
 */
public final class TestDossiers {

    private TestDossiers() {
    }

    /** Gives an in-memory dossier the code the repository would have given it. */
    public static DossierEntity withCode(DossierEntity d, String code) {
        d.setCode(code);
        return d;
    }
}
