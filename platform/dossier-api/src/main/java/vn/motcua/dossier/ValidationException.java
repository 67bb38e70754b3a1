package vn.motcua.dossier;

import java.util.List;

import vn.motcua.procedure.Problem;

/** A request with problems; nothing was stored. Carries every problem found, not only the first. */
public class ValidationException extends DossierException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public ValidationException(List<Problem> problems) {
        super("Hồ sơ chưa hợp lệ: " + problems.size() + " lỗi");
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
