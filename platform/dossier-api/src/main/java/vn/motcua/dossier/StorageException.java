package vn.motcua.dossier;

/** A file could not be written (disk full, folder not writable); nothing was kept. */
public class StorageException extends DossierException {
    private static final long serialVersionUID = 1L;

    public StorageException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return "storage.failed";
    }
}
