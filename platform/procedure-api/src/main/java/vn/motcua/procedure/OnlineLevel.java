package vn.motcua.procedure;

/** Level of online public service (Decree 42/2022/NĐ-CP). */
public enum OnlineLevel {
    /** Information only: the dossier is handed in at the counter or by post. */
    NONE("Dịch vụ công"),
    /** Dịch vụ công trực tuyến một phần. */
    PARTIAL("Dịch vụ công trực tuyến một phần"),
    /** Dịch vụ công trực tuyến toàn trình. */
    FULL("Dịch vụ công trực tuyến toàn trình");

    private final String label;

    OnlineLevel(String label) {
        this.label = label;
    }

    /** Vietnamese label. */
    public String label() {
        return label;
    }
}
