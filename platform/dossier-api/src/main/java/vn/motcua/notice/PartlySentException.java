package vn.motcua.notice;

/**
 * Thrown by a notifier that sent part of a notice but not the rest (the SMS went, the mail server
 * did not answer): only {@link #rest()} is retried, so the part that went is not sent twice.
 *
 * @since 1.1
 */
public class PartlySentException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient ApplicantNotice rest;

    /**
     * @param rest the notice as it is still to be sent (for instance without its phone number)
     * @param cause why the rest was not sent
     */
    public PartlySentException(ApplicantNotice rest, Throwable cause) {
        super(cause.getMessage(), cause);
        this.rest = rest;
    }

    /** What is still to be sent. */
    public ApplicantNotice rest() {
        return rest;
    }
}
