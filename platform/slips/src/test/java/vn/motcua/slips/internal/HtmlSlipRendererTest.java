package vn.motcua.slips.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.dossier.Agency;
import vn.motcua.dossier.AuditEntry;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierDocument;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Progress;
import vn.motcua.dossier.Role;
import vn.motcua.procedure.ProcessStep;
import vn.motcua.procedure.Submission.Applicant;
import vn.motcua.slips.SlipRenderer.Slip;

public class HtmlSlipRendererTest {

    private static final HtmlSlipRenderer RENDERER = new HtmlSlipRenderer(new HtmlSlipRenderer.Config() {
        @Override
        public Class<? extends Annotation> annotationType() {
            return HtmlSlipRenderer.Config.class;
        }

        @Override
        public String formSet2025From() {
            return "2025-07-01";
        }
    }, () -> "Bắc Ninh");
    private static final Agency VO_CUONG = new Agency("000.10.01.H07", "UBND phường Võ Cường", Agency.Level.COMMUNE,
            "000.00.01.H07", null, null);
    private static final Agency VU_NINH = new Agency("000.01.01.H07", "UBND phường Vũ Ninh", Agency.Level.COMMUNE,
            "000.00.01.H07", null, null);

    private static Dossier dossier(String applicantName, long fee, LocalDateTime received) {
        return dossier(applicantName, fee, received, null);
    }

    private static Dossier dossier(String applicantName, long fee, LocalDateTime received, LocalDateTime appointment) {
        Progress progress = new Progress(ProcessStep.DEFAULT, 1, received, received.plusHours(2), null, true, 23400,
                0, appointment, null, null, null, null, null, null, received.plusMinutes(30), null);
        return new Dossier("000.10.01.H07-261130-0007", "2.000815", "Chứng thực bản sao từ bản chính", "chung-thuc",
                "Chứng thực", "000.10.01.H07", "UBND phường Võ Cường", Channel.COUNTER, DossierStatus.IN_PROCESS,
                new Applicant(applicantName, "027190001234", "0912345678", null, null),
                List.of(new DossierDocument("ban-chinh", "Bản chính giấy tờ", 1, 0, 2, 3)), Map.of(),
                new TimeLimit(0, TimeLimitUnit.SAME_DAY), received, received, received,
                received.withHour(17).withMinute(30), fee, fee == 0 ? List.of() : List.of("2 bản × 3 trang: 5.000 đồng/bản"), "tn.vocuong",
                "Vũ Thị Thùy Linh", 1, progress);
    }

    /** The first entry of a counter reception at {@code received}, its step due 39 minutes later. */
    private static AuditEntry reception(LocalDateTime received) {
        return entry(1, received, "tn.vocuong", "RECEIVE", null, DossierStatus.RECEIVED, "TIEP_NHAN", null,
                received.plusMinutes(39), Map.of());
    }

    private static AuditEntry entry(int seq, LocalDateTime at, String user, String action, DossierStatus from,
                                    DossierStatus to, String step, String note, LocalDateTime stepDue,
                                    Map<String, Object> details) {
        return new AuditEntry(seq, at, user, user.equals("tn.vocuong") ? "Vũ Thị Thùy Linh" : "Vũ Văn Hùng",
                Role.RECEPTION_CLERK, "000.10.01.H07", action, from, to, step, note, stepDue, details);
    }

    @Test
    public void receiptCarriesEveryFieldOfForm01() {
        String html = RENDERER.receipt(dossier("Nguyễn Thị Phương Hoa", 10_000, LocalDateTime.of(2026, 11, 30, 9, 5)),
                null);
        for (String expected : List.of("UBND PHƯỜNG VÕ CƯỜNG", "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Mã hồ sơ: <b>000.10.01.H07-261130-0007</b>",
                "Bắc Ninh, ngày 30 tháng 11 năm 2026", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                "Nguyễn Thị Phương Hoa", "(Trực tiếp)", "027190001234", "Chứng thực bản sao từ bản chính",
                "Bản chính giấy tờ", "Trong ngày (nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo)",
                "09 giờ 05 phút, ngày 30/11/2026", "17 giờ 30 phút, ngày 30/11/2026", "10.000 đồng",
                "Quyển số: 2026, Số thứ tự: 261130-0007", "NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ", "Vũ Thị Thùy Linh",
                "Mẫu số 01", "Nghị định số 118/2025/NĐ-CP")) {
            assertTrue("receipt lacks " + expected, html.contains(expected));
        }
        String old = RENDERER.receipt(dossier("A", 0, LocalDateTime.of(2018, 3, 5, 9, 0)), null);
        assertTrue(old.contains("Thông tư số 01/2018/TT-VPCP"));
    }

    @Test
    public void anOnlineSubmissionEntersTheBookWithTheNumberTakenWhenItWasAccepted() {
        // sent on Saturday 28/11 (its code's day), accepted on Monday 30/11 as that day's third reception
        LocalDateTime accepted = LocalDateTime.of(2026, 11, 30, 8, 10);
        Dossier sent = dossier("Nguyễn Thị Phương Hoa", 0, accepted);
        Progress p = sent.progress();
        Progress received = new Progress(p.steps(), p.stepIndex(), p.stepStartedAt(), p.stepDueAt(), p.assignee(),
                p.clockRunning(), p.budgetSeconds(), p.consumedSeconds(), p.appointmentAt(), p.finishedAt(),
                p.returnedAt(), p.collectedBy(), p.result(), p.transferAgencyCode(), p.transferDueAt(),
                p.handedOverAt(), p.registerEntry(), 1, "261130-0003");
        Dossier d = new Dossier("000.10.01.H07-261128-0002", sent.procedureCode(), sent.procedureName(),
                sent.fieldCode(), sent.fieldName(), sent.agencyCode(), sent.agencyName(), Channel.ONLINE,
                sent.status(), sent.applicant(), sent.documents(), sent.form(), sent.timeLimit(),
                LocalDateTime.of(2026, 11, 28, 21, 40), accepted, accepted, sent.dueAt(), 0, List.of(),
                "tn.vocuong", "Vũ Thị Thùy Linh", 2, received);
        String html = RENDERER.receipt(d, null);
        assertTrue(html, html.contains("Mã hồ sơ: <b>000.10.01.H07-261128-0002</b>"));
        assertTrue(html, html.contains("Quyển số: 2026, Số thứ tự: 261130-0003"));
    }

    @Test
    public void escapesWhatPeopleTyped() {
        String html = RENDERER.receipt(dossier("<script>alert('x')</script> & \"Hoa\"", 0,
                LocalDateTime.of(2026, 11, 30, 9, 5)), null);
        assertFalse(html.contains("<script>alert"));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Hoa&quot;"));
        assertTrue(html.contains("Không thu phí, lệ phí"));
    }

    @Test
    public void aFreeDossierShowsTheReasonItsProcedureGave() {
        Dossier d = dossier("Nguyễn Văn Hòa", 0, LocalDateTime.of(2026, 11, 30, 9, 5));
        Dossier married = new Dossier(d.code(), d.procedureCode(), d.procedureName(), d.fieldCode(), d.fieldName(),
                d.agencyCode(), d.agencyName(), d.channel(), d.status(), d.applicant(), d.documents(), d.form(),
                d.timeLimit(), d.submittedAt(), d.receivedAt(), d.countFrom(), d.dueAt(), 0,
                List.of("Miễn lệ phí đăng ký kết hôn (Điều 11 Luật Hộ tịch)"), d.receivedBy(), d.receivedByName(),
                d.version(), d.progress());
        String html = RENDERER.receipt(married, null);
        assertTrue(html, html.contains("Miễn lệ phí đăng ký kết hôn (Điều 11 Luật Hộ tịch)"));
        assertFalse(html, html.contains("Không thu phí, lệ phí"));
    }

    @Test
    public void supplementRequestListsWhatIsMissingAndWhy() {
        LocalDateTime at = LocalDateTime.of(2026, 12, 1, 10, 0);
        Dossier d = dossier("Lê Văn Bổ", 0, LocalDateTime.of(2026, 11, 30, 9, 5));
        List<AuditEntry> trail = List.of(entry(2, at, "cv.vocuong", "REQUEST_SUPPLEMENT", DossierStatus.IN_PROCESS,
                DossierStatus.SUPPLEMENT_REQUESTED, "THAM_DINH", "Bản sao mờ, không đọc được",
                at.plusHours(3), Map.of("requestedDocuments", List.of(Map.of("code", "ban-chinh",
                        "name", "Bản chính giấy tờ", "reason", "Trang 2 bị nhòe")))));
        String html = RENDERER.render(Slip.SUPPLEMENT_REQUEST, d, trail, c -> VO_CUONG);
        assertTrue(html.contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"));
        assertTrue(html.contains("Trang 2 bị nhòe"));
        assertTrue(html.contains("Bản sao mờ, không đọc được"));
        assertTrue(html.contains("Vũ Văn Hùng"));
        assertNull("no refusal, no refusal slip", RENDERER.render(Slip.REFUSAL, d, trail, c -> VO_CUONG));
    }

    @Test
    public void apologyKeepsThePreviousDueAndGivesTheNewAppointmentInTheFormSetOfItsDate() {
        Dossier d = dossier("Lê Văn Chờ", 0, LocalDateTime.of(2026, 11, 30, 9, 5));
        AuditEntry apology = new AuditEntry(3, LocalDateTime.of(2026, 11, 30, 15, 0), "ld.vocuong", "Cao Văn Phúc",
                Role.LEADER, "000.10.01.H07", "APOLOGIZE", DossierStatus.IN_PROCESS, DossierStatus.IN_PROCESS,
                "PHE_DUYET", "Chờ xác minh với cơ quan cấp bản chính", null,
                Map.of("previousDueAt", "2026-11-30T17:30", "appointment", "2026-12-02T17:30"));
        String html = RENDERER.render(Slip.APOLOGY, d, List.of(apology), c -> VO_CUONG);
        assertTrue(html.contains("VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT"));
        assertTrue(html.contains("17 giờ 30 phút, ngày 30/11/2026"));
        assertTrue(html.contains("17 giờ 30 phút, ngày 02/12/2026"));
        assertTrue(html.contains("Chờ xác minh với cơ quan cấp bản chính"));
        assertTrue(html.contains("Cao Văn Phúc"));
        assertTrue("numbered by the code's day and number, not the number alone", html.contains("Số: 261130-0007/PXL"));
    }

    @Test
    public void inLienThongTheAgencyThatRanLateApologizesInItsOwnNameAndASecondLetterHasItsOwnNumber() {
        Dossier d = dossier("Lê Văn Chờ", 0, LocalDateTime.of(2026, 11, 30, 9, 5));
        AuditEntry first = new AuditEntry(3, LocalDateTime.of(2026, 11, 30, 15, 0), "ld.vocuong", "Cao Văn Phúc",
                Role.LEADER, "000.10.01.H07", "APOLOGIZE", DossierStatus.IN_PROCESS, DossierStatus.IN_PROCESS,
                "PHE_DUYET", "Chờ xác minh", null, Map.of("appointment", "2026-12-02T17:30"));
        AuditEntry second = new AuditEntry(5, LocalDateTime.of(2026, 12, 2, 10, 0), "ld.vuninh", "Trần Văn Liên",
                Role.LEADER, "000.01.01.H07", "APOLOGIZE", DossierStatus.TRANSFERRED, DossierStatus.TRANSFERRED,
                "PHE_DUYET", "Chưa xác minh xong nơi cư trú", null, Map.of("appointment", "2026-12-04T17:30"));
        String html = RENDERER.render(Slip.APOLOGY, d, List.of(first, second),
                c -> c.equals("000.01.01.H07") ? VU_NINH : VO_CUONG);
        assertTrue(html, html.contains("<b>UBND PHƯỜNG VŨ NINH</b>"));
        assertTrue(html, html.contains("UBND phường Vũ Ninh xin lỗi Ông (Bà)"));
        assertTrue("received by the ward that received it", html.contains("UBND phường Võ Cường tiếp nhận giải quyết"));
        assertTrue(html.contains("Trần Văn Liên"));
        assertTrue(html, html.contains("Số: 261130-0007-2/PXL"));
    }

    @Test
    public void aTransferIsTakenUpByTheOtherAgencyNotByWhoeverActsNext() {
        LocalDateTime received = LocalDateTime.of(2026, 11, 30, 9, 5);
        Dossier d = dossier("Đỗ Thị Liên", 0, received);
        List<AuditEntry> trail = List.of(
                reception(received),
                entry(2, received.plusDays(1), "cv.vocuong", "TRANSFER", DossierStatus.IN_PROCESS,
                        DossierStatus.TRANSFERRED, "THAM_DINH", null, received.plusDays(3),
                        Map.of("toAgency", VU_NINH.code())),
                // the receiving ward's leader apologises meanwhile: that is no taking up
                new AuditEntry(3, received.plusDays(2), "ld.vocuong", "Phạm Quốc Hùng", Role.LEADER,
                        "000.10.01.H07", "APOLOGIZE", DossierStatus.TRANSFERRED, DossierStatus.TRANSFERRED,
                        "THAM_DINH", "Chờ ý kiến phường Vũ Ninh", null, Map.of()),
                new AuditEntry(4, received.plusDays(3), "cv.vuninh", "Lê Thị Ninh", Role.SPECIALIST,
                        VU_NINH.code(), "TRANSFER_BACK", DossierStatus.TRANSFERRED, DossierStatus.IN_PROCESS,
                        "THAM_DINH", "Đã xác minh", received.plusDays(3), Map.of("fromAgency", VU_NINH.code())),
                entry(5, received.plusDays(3).plusHours(1), "cv.vocuong", "PROPOSE", DossierStatus.IN_PROCESS,
                        DossierStatus.IN_PROCESS, "THAM_DINH", null, received.plusDays(4), Map.of()));
        String html = RENDERER.render(Slip.CONTROL, d, trail, c -> c.equals(VU_NINH.code()) ? VU_NINH : VO_CUONG);
        assertTrue(html, html.contains("Nhận: Lê Thị Ninh"));
        assertFalse(html, html.contains("Nhận: Phạm Quốc Hùng"));
        // back home: taken up by the ward's specialist who proposes
        assertTrue(html, html.contains("Giao: Lê Thị Ninh"));
        assertTrue(html, html.contains("Nhận: Vũ Văn Hùng"));
    }

    @Test
    public void controlSlipListsEveryHandOverWithItsTiming() {
        LocalDateTime received = LocalDateTime.of(2026, 11, 30, 9, 5);
        Dossier d = dossier("Đỗ Thị Kiểm", 0, received);
        List<AuditEntry> trail = List.of(
                reception(received),
                entry(2, received.plusMinutes(20), "tn.vocuong", "HAND_OVER", DossierStatus.RECEIVED,
                        DossierStatus.IN_PROCESS, "TIEP_NHAN", null, received.plusMinutes(39), Map.of()),
                entry(3, received.plusDays(1), "cv.vocuong", "PROPOSE", DossierStatus.IN_PROCESS,
                        DossierStatus.IN_PROCESS, "THAM_DINH", null, received.plusHours(4), Map.of()),
                entry(4, received.plusDays(1), "cv.vocuong", "TRANSFER", DossierStatus.IN_PROCESS,
                        DossierStatus.TRANSFERRED, "PHE_DUYET", null, received.plusDays(3),
                        Map.of("toAgency", "000.01.01.H07")));
        String html = RENDERER.render(Slip.CONTROL, d, trail, c -> c.equals(VU_NINH.code()) ? VU_NINH : VO_CUONG);
        assertTrue(html.contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ"));
        assertTrue(html.contains("Mẫu số 06"));
        assertTrue(html.contains("Thẩm định hồ sơ, đề xuất"));
        assertTrue(html.contains("Giao: Vũ Văn Hùng"));
        assertTrue(html.contains("Nhận: Vũ Văn Hùng"));
        assertTrue(html.contains("Cơ quan phối hợp giải quyết hồ sơ: UBND phường Vũ Ninh"));
        assertEquals("receipt, hand-over, proposal, transfer", 4, html.split("<tr><td>").length - 1);
        assertTrue(html.contains("class=\"late\">Quá hạn"));
        assertTrue(html.contains("Đúng hạn"));
    }

    @Test
    public void trackingBookHasOneRowPerDossier() {
        LocalDateTime received = LocalDateTime.of(2018, 3, 5, 9, 0);
        String html = RENDERER.trackingBook(VO_CUONG, LocalDate.of(2018, 3, 1), LocalDate.of(2018, 3, 31),
                List.of(dossier("Người A", 0, received), dossier("Người B", 0, received.plusDays(1),
                        LocalDateTime.of(2018, 3, 9, 16, 0))));
        assertTrue(html.contains("SỔ THEO DÕI HỒ SƠ"));
        // B's new appointment after an apology, beside the legal due date
        assertTrue(html, html.contains("17 giờ 30 phút, ngày 06/03/2018; hẹn lại 16 giờ 00 phút, ngày 09/03/2018"));
        assertFalse(html, html.contains("ngày 05/03/2018; hẹn lại"));
        assertTrue(html.contains("Mẫu số 06"));
        assertTrue(html.contains("Từ ngày 01/03/2018 đến ngày 31/03/2018 — 2 hồ sơ"));
        assertTrue(html.contains("Người A") && html.contains("Người B"));
        // the book's number is the receipt's "Số thứ tự" (here, received before reception numbers: the code's)
        assertTrue(html, html.contains("<td class=\"num\">261130-0007</td>"));
    }

    @Test
    public void aBookAcrossTheChangeOfFormSetsNamesBoth() {
        String html = RENDERER.trackingBook(VO_CUONG, LocalDate.of(2025, 6, 15), LocalDate.of(2025, 7, 15),
                List.of(dossier("Người A", 0, LocalDateTime.of(2025, 6, 16, 9, 0))));
        assertTrue(html, html.contains("Hồ sơ tiếp nhận đến hết ngày 30/06/2025: Mẫu số 06 ban hành kèm theo Thông tư "
                + "số 01/2018/TT-VPCP"));
        assertTrue(html, html.contains("Từ ngày 01/07/2025: Mẫu số 07"));
        String june = RENDERER.trackingBook(VO_CUONG, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30), List.of());
        assertFalse(june, june.contains("Mẫu số 07"));
    }

    @Test
    public void writesTimeLimitsTheWayProcedureTextsDo() {
        assertEquals("02 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ",
                HtmlSlipRenderer.timeLimit(TimeLimit.workingDays(2)));
        assertEquals("15 ngày", HtmlSlipRenderer.timeLimit(new TimeLimit(15, TimeLimitUnit.CALENDAR_DAYS)));
    }
}
