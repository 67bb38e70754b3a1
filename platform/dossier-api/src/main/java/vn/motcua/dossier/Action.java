package vn.motcua.dossier;

/** What an official (or the applicant) does to a dossier: the transitions of the lifecycle. */
public enum Action {
    ACCEPT("tiếp nhận hồ sơ trực tuyến"),
    REFUSE("từ chối tiếp nhận"),
    HAND_OVER("chuyển hồ sơ cho bộ phận xử lý"),
    PROPOSE("thẩm định, trình kết quả"),
    APPROVE("phê duyệt, ký kết quả"),
    SEND_BACK("trả lại bước trước"),
    REQUEST_SUPPLEMENT("yêu cầu bổ sung, hoàn thiện hồ sơ"),
    SUPPLEMENT("nhận hồ sơ bổ sung"),
    REQUEST_FEE("yêu cầu thực hiện nghĩa vụ tài chính"),
    FEE_PAID("xác nhận đã thực hiện nghĩa vụ tài chính"),
    STOP("dừng giải quyết hồ sơ"),
    RESUME("tiếp tục giải quyết hồ sơ"),
    WITHDRAW("rút hồ sơ theo yêu cầu của người nộp"),
    APOLOGIZE("xin lỗi và hẹn lại ngày trả kết quả"),
    TRANSFER("chuyển liên thông"),
    TRANSFER_BACK("chuyển trả hồ sơ liên thông"),
    RETURN_RESULT("trả kết quả"),
    RESOLVE_ON_SPOT("giải quyết và trả kết quả tại chỗ");

    private final String label;

    Action(String label) {
        this.label = label;
    }

    /** Vietnamese label, as a verb phrase. */
    public String label() {
        return label;
    }
}
