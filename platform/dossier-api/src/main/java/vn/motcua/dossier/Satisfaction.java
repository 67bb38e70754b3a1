package vn.motcua.dossier;

/** The answers to questions 10–11 of Circular 01/2018/TT-VPCP. */
public enum Satisfaction {
    VERY_SATISFIED("Rất hài lòng"),
    SATISFIED("Hài lòng"),
    DISSATISFIED("Không hài lòng");

    private final String label;

    Satisfaction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
