package vn.motcua.socialpolicy.internal;

/**
 * Who may receive the monthly social allowance (Nghị định 20/2021/NĐ-CP Điều 5, khoản 1 to 8) or
 * the monthly care support (Điều 7 khoản 2), with the age bounds a group's definition implies.
 * Labels are in messages.properties under {@code group.<code>}.
 */
enum BeneficiaryGroup {
    /** Khoản 1: trẻ em dưới 16 tuổi không có nguồn nuôi dưỡng. */
    ORPHAN_CHILD("tre-em-khong-nguon-nuoi-duong", null, 16, null, false, false),
    /** Khoản 2: from 16 while studying, at most 22. */
    STUDENT_16_22("nguoi-16-22-dang-hoc", 16, null, 22, false, false),
    /** Khoản 3: trẻ em nhiễm HIV/AIDS thuộc hộ nghèo. */
    HIV_CHILD("tre-em-hiv-ho-ngheo", null, 16, null, false, false),
    /** Khoản 4: người đơn thân nghèo đang nuôi con. */
    SINGLE_PARENT("don-than-ngheo-nuoi-con", null, null, null, false, false),
    /** Khoản 5: người cao tuổi (from full 60, Luật Người cao tuổi). */
    ELDERLY("nguoi-cao-tuoi", 60, null, null, false, false),
    /** Khoản 6: người khuyết tật nặng, đặc biệt nặng. */
    SEVERELY_DISABLED("nguoi-khuyet-tat-nang", null, null, null, true, false),
    /** Khoản 7: trẻ em dưới 3 tuổi thuộc hộ nghèo, cận nghèo ở vùng đặc biệt khó khăn. */
    INFANT("tre-em-duoi-3-tuoi", null, 3, null, false, false),
    /** Khoản 8: người nhiễm HIV/AIDS thuộc hộ nghèo. */
    HIV_ADULT("nguoi-hiv-ho-ngheo", null, null, null, false, false),
    /** Điều 7 khoản 2 điểm a: hộ gia đình có người khuyết tật đặc biệt nặng. */
    HOUSEHOLD_WITH_DISABLED("ho-co-nguoi-khuyet-tat-dac-biet-nang", null, null, null, true, true),
    /** Điều 7 khoản 2 điểm b: người nhận chăm sóc, nuôi dưỡng đối tượng. */
    FOSTER_CARER("nhan-cham-soc-nuoi-duong", null, null, null, false, true);

    final String code;
    /** From this full age on, or null. */
    final Integer atLeast;
    /** Younger than this age, or null. */
    final Integer under;
    /** Not older than this age in full years, or null. */
    final Integer atMost;
    /** Whether a new request shows the Giấy xác nhận khuyết tật. */
    final boolean needsDisabilityCertificate;
    /** Care support (hỗ trợ kinh phí chăm sóc, nuôi dưỡng) rather than the allowance itself. */
    final boolean careSupport;

    BeneficiaryGroup(String code, Integer atLeast, Integer under, Integer atMost, boolean needsDisabilityCertificate,
                     boolean careSupport) {
        this.code = code;
        this.atLeast = atLeast;
        this.under = under;
        this.atMost = atMost;
        this.needsDisabilityCertificate = needsDisabilityCertificate;
        this.careSupport = careSupport;
    }

    String label() {
        return SocialPolicy.message("group." + code);
    }

    /** The group with this code, or null. */
    static BeneficiaryGroup of(String code) {
        if (code == null) {
            return null;
        }
        for (BeneficiaryGroup g : values()) {
            if (g.code.equals(code.strip())) {
                return g;
            }
        }
        return null;
    }
}
