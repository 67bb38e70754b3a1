package vn.motcua.dossier;

import java.util.List;

import vn.motcua.procedure.Problem;

/** A request with problems; nothing was stored. Carries every problem found, not only the first. */
public class ValidationException extends DossierException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** Problems of the dossier as submitted (a reception, a supplement). */
    public ValidationException(List<Problem> problems) {
        this("Hồ sơ chưa hợp lệ: " + problems.size() + " lỗi", problems);
    }

    /**
     * Problems of some other request, whose summary {@code message} says what could not be done (an
     * action refused for what it lacks is not an invalid dossier).
     *
     * @since 1.4
     */
    public ValidationException(String message, List<Problem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    @Override
    public String code() {
        return "validation.failed";
    }
}
