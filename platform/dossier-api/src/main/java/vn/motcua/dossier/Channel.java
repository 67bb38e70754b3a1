package vn.motcua.dossier;

/** How a dossier reaches the one-stop (kênh thực hiện); codes as the national portal uses them. */
public enum Channel {
    COUNTER(1, "Trực tiếp"),
    ONLINE(2, "Trực tuyến"),
    POST(3, "Bưu chính công ích");

    private final int portalCode;
    private final String label;

    Channel(int portalCode, String label) {
        this.portalCode = portalCode;
        this.label = label;
    }

    public int portalCode() {
        return portalCode;
    }

    /** Vietnamese label. */
    public String label() {
        return label;
    }
}
