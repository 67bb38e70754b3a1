package vn.motcua.dossier;

/** The roles of the one-stop mechanism. */
public enum Role {
    RECEPTION_CLERK("Cán bộ tiếp nhận"),
    SPECIALIST("Chuyên viên"),
    LEADER("Lãnh đạo"),
    AGENCY_ADMIN("Quản trị đơn vị"),
    PROVINCE_ADMIN("Quản trị tỉnh"),
    CITIZEN("Công dân"),
    SYSTEM("Hệ thống");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** Vietnamese label. */
    public String label() {
        return label;
    }
}
