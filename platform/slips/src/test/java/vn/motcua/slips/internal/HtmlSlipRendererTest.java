package vn.motcua.slips.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.lang.annotation.Annotation;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierDocument;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.procedure.Submission.Applicant;

public class HtmlSlipRendererTest {

    private static final HtmlSlipRenderer RENDERER = new HtmlSlipRenderer(new HtmlSlipRenderer.Config() {
        @Override
        public Class<? extends Annotation> annotationType() {
            return HtmlSlipRenderer.Config.class;
        }

        @Override
        public String placeName() {
            return "Bắc Ninh";
        }
    });

    private static Dossier dossier(String applicantName, long fee) {
        return new Dossier("000.10.01.H07-261130-0007", "2.000815", "Chứng thực bản sao từ bản chính", "chung-thuc",
                "Chứng thực", "000.10.01.H07", "UBND phường Võ Cường", Channel.COUNTER, DossierStatus.RECEIVED,
                new Applicant(applicantName, "027190001234", "0912345678", null, null),
                List.of(new DossierDocument("ban-chinh", "Bản chính giấy tờ", 1, 0, 2, 3)), Map.of(),
                new TimeLimit(0, TimeLimitUnit.SAME_DAY), LocalDateTime.of(2026, 11, 30, 9, 5),
                LocalDateTime.of(2026, 11, 30, 9, 5), LocalDateTime.of(2026, 11, 30, 17, 30), fee,
                List.of("2 bản × 3 trang: 5.000 đồng/bản"), "tn.vocuong", "Vũ Thị Thùy Linh", 1);
    }

    @Test
    public void receiptCarriesEveryFieldOfForm01() {
        String html = RENDERER.receipt(dossier("Nguyễn Thị Phương Hoa", 10_000), null);
        for (String expected : List.of("UBND PHƯỜNG VÕ CƯỜNG", "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Mã hồ sơ: <b>000.10.01.H07-261130-0007</b>",
                "Bắc Ninh, ngày 30 tháng 11 năm 2026", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                "Nguyễn Thị Phương Hoa", "(Trực tiếp)", "027190001234", "Chứng thực bản sao từ bản chính",
                "Bản chính giấy tờ", "Trong ngày (nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo)",
                "09 giờ 05 phút, ngày 30/11/2026", "17 giờ 30 phút, ngày 30/11/2026", "10.000 đồng",
                "Quyển số: 2026, Số thứ tự: 0007", "NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ", "Vũ Thị Thùy Linh")) {
            assertTrue("receipt lacks " + expected, html.contains(expected));
        }
    }

    @Test
    public void escapesWhatPeopleTyped() {
        String html = RENDERER.receipt(dossier("<script>alert('x')</script> & \"Hoa\"", 0), null);
        assertFalse(html.contains("<script>alert"));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Hoa&quot;"));
        assertTrue(html.contains("Không thu phí, lệ phí"));
    }

    @Test
    public void writesTimeLimitsTheWayProcedureTextsDo() {
        assertEquals("02 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ",
                HtmlSlipRenderer.timeLimit(TimeLimit.workingDays(2)));
        assertEquals("15 ngày", HtmlSlipRenderer.timeLimit(new TimeLimit(15, TimeLimitUnit.CALENDAR_DAYS)));
    }
}
