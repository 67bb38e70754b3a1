package vn.motcua.slips;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.osgi.annotation.versioning.ProviderType;

import vn.motcua.dossier.Agency;
import vn.motcua.dossier.AuditEntry;
import vn.motcua.dossier.Dossier;

/**
 * Renders the slips of the one-stop as printable A4 HTML (UTF-8), in the form set in force on the
 * slip's date (Circular 01/2018/TT-VPCP, or the 2025 set from the date the province configures).
 */
@ProviderType
public interface SlipRenderer {

    /** The slips of a dossier; {@link #slug()} is how the API names them. */
    enum Slip {
        /** Giấy tiếp nhận hồ sơ và hẹn trả kết quả. */
        RECEIPT("receipt"),
        /** Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (the last request). */
        SUPPLEMENT_REQUEST("supplement-request"),
        /** Phiếu từ chối tiếp nhận giải quyết hồ sơ. */
        REFUSAL("refusal"),
        /** Phiếu xin lỗi và hẹn lại ngày trả kết quả (2025: văn bản xin lỗi và đề nghị gia hạn). */
        APOLOGY("apology"),
        /** Thông báo dừng giải quyết hồ sơ. */
        STOP_NOTICE("stop-notice"),
        /** Phiếu kiểm soát quá trình giải quyết hồ sơ: every hand-over with its timing. */
        CONTROL("control");

        private final String slug;

        Slip(String slug) {
            this.slug = slug;
        }

        public String slug() {
            return slug;
        }

        /** The slip with this slug, or null. */
        public static Slip of(String slug) {
            for (Slip s : values()) {
                if (s.slug.equals(slug)) {
                    return s;
                }
            }
            return null;
        }
    }

    /**
     * A slip of a dossier.
     *
     * @param trail the dossier's audit trail, oldest first
     * @param agencies the province's agencies by code (names of the agencies a dossier went to)
     * @return the HTML, or null when the dossier has no such slip (never refused, never stopped…)
     */
    String render(Slip slip, Dossier dossier, List<AuditEntry> trail, Function<String, Agency> agencies);

    /**
     * Sổ theo dõi hồ sơ of an agency for a period.
     *
     * @param dossiers the dossiers the agency received in the period, oldest first
     */
    String trackingBook(Agency agency, LocalDate from, LocalDate to, List<Dossier> dossiers);
}
