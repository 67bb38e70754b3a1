package vn.motcua.rest.internal;

/** A request the API cannot read (a missing or malformed parameter); answered with 400. */
final class BadRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;

    BadRequestException(String code, String message) {
        super(message);
        this.code = code;
    }

    String code() {
        return code;
    }
}
