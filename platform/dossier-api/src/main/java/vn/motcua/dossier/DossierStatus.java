package vn.motcua.dossier;

/**
 * The status of a dossier, each mapped to the national public-service portal's status code
 * (TrangThaiHoSo 1–10).
 */
public enum DossierStatus {
    SUBMITTED(1, "Mới đăng ký"),
    RECEIVED(2, "Được tiếp nhận"),
    REFUSED(3, "Không được tiếp nhận"),
    IN_PROCESS(4, "Đang xử lý"),
    SUPPLEMENT_REQUESTED(5, "Yêu cầu bổ sung giấy tờ"),
    FEE_REQUESTED(6, "Yêu cầu thực hiện nghĩa vụ tài chính"),
    WITHDRAWN(7, "Công dân yêu cầu rút hồ sơ"),
    STOPPED(8, "Dừng xử lý"),
    RESULT_READY(9, "Đã xử lý xong"),
    RETURNED(10, "Đã trả kết quả");

    private final int portalCode;
    private final String label;

    DossierStatus(int portalCode, String label) {
        this.portalCode = portalCode;
        this.label = label;
    }

    /** The national portal's status code (1–10). */
    public int portalCode() {
        return portalCode;
    }

    /** Vietnamese label, as the national portal words it. */
    public String label() {
        return label;
    }
}
