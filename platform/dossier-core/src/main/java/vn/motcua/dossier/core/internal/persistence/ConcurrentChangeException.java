package vn.motcua.dossier.core.internal.persistence;

/** Another transaction changed the dossier between our read and our write: nothing was stored. */
public class ConcurrentChangeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException(Throwable cause) {
        super("the dossier changed concurrently", cause);
    }
}
