package vn.motcua.dossier;

/**
 * The state of a dossier in the one-stop lifecycle, each mapped to the national public-service
 * portal's status code (TrangThaiHoSo 1–10).
 */
public enum DossierStatus {
    /** Submitted online, waiting for the one-stop to check and accept it. */
    SUBMITTED(1, "Mới đăng ký"),
    /** Accepted (complete and valid): the clock runs; the one-stop hands it over. */
    RECEIVED(2, "Được tiếp nhận"),
    REFUSED(3, "Không được tiếp nhận"),
    /** With the processing unit, at one of its process steps. */
    IN_PROCESS(4, "Đang xử lý"),
    /** Sent to another agency for its part (liên thông); comes back to the same step. */
    TRANSFERRED(4, "Đang xử lý (liên thông)"),
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

    /** Vietnamese label. */
    public String label() {
        return label;
    }

    /** Waiting for the applicant or stopped: the clock does not run. */
    public boolean isPaused() {
        return this == SUPPLEMENT_REQUESTED || this == FEE_REQUESTED || this == STOPPED;
    }

    /** No further action changes it. */
    public boolean isFinal() {
        return this == REFUSED || this == WITHDRAWN || this == RETURNED;
    }
}
