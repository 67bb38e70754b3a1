package vn.motcua.procedure;

import java.util.Objects;

/**
 * One thing wrong with a submission.
 *
 * @param code machine code, e.g. {@code document.missing}
 * @param field where the problem is, as a JSON path ({@code documents[0].pages}); null if global
 * @param message what is wrong, in Vietnamese, for the clerk or citizen
 */
public record Problem(String code, String field, String message) {
    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
