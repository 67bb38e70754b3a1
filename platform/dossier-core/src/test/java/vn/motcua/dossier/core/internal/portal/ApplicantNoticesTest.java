package vn.motcua.dossier.core.internal.portal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Role;
import vn.motcua.dossier.core.internal.persistence.AuditEntryEntity;
import vn.motcua.dossier.core.internal.persistence.DossierEntity;
import vn.motcua.dossier.core.internal.persistence.OutboxEntry;
import vn.motcua.dossier.core.internal.persistence.TestDossiers;
import vn.motcua.notice.ApplicantNotice;
import vn.motcua.portal.PortalMessage;

public class ApplicantNoticesTest {

    private static final String CODE = "000.10.01.H07-261130-0007";
    private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 30, 9, 12);
    private static final LocalDateTime DUE = LocalDateTime.of(2026, 12, 2, 17, 0);

    private static DossierEntity dossier(String phone, String email) {
        DossierEntity d = TestDossiers.withCode(new DossierEntity(), CODE);
        d.setAgencyName("UBND phường Võ Cường");
        d.setProcedureName("Chứng thực bản sao từ bản chính");
        d.setApplicantPhone(phone);
        d.setApplicantEmail(email);
        return d;
    }

    private static AuditEntryEntity entry(String action, DossierStatus from, DossierStatus to, String note) {
        return entry(action, from, to, note, null);
    }

    private static AuditEntryEntity entry(String action, DossierStatus from, DossierStatus to, String note,
                                          String details) {
        return new AuditEntryEntity(2, AT, "cv.vocuong", "Lý Kim Oanh", Role.SPECIALIST, "000.10.01.H07", action,
                from, to, "tham-dinh", note, null, details);
    }

    private static JsonNode notice(DossierEntity d, AuditEntryEntity e, boolean created, boolean resync)
            throws Exception {
        String payload = ApplicantNotices.payload(d, List.of(e), created, resync);
        return payload == null ? null : new ObjectMapper().readTree(payload);
    }

    @Test
    public void aCounterReceptionTellsTheCodeAndTheAppointment() throws Exception {
        DossierEntity d = dossier("0912 345 678", null);
        d.setReceivedAt(AT);
        d.setDueAt(DUE);
        JsonNode n = notice(d, entry("RECEIVE", null, DossierStatus.RECEIVED, null), true, false);
        assertEquals(ApplicantNotice.RECEIVED, n.get("event").asText());
        assertEquals("0912 345 678", n.get("phone").asText());
        assertTrue(n.get("email").isNull());
        assertEquals("UBND phường Võ Cường đã tiếp nhận hồ sơ mã " + CODE + " (Chứng thực bản sao từ bản chính). "
                + "Hẹn trả kết quả: 17:00 ngày 02/12/2026.", n.get("text").asText());
        assertEquals("Hồ sơ " + CODE + ": đã tiếp nhận, hẹn trả kết quả", n.get("subject").asText());
    }

    @Test
    public void anOnlineSubmissionIsAcknowledgedAndItsAcceptanceGivesTheAppointment() throws Exception {
        DossierEntity d = dossier(null, "mua.nguyen@example.vn");
        JsonNode sent = notice(d, entry("SUBMIT", null, DossierStatus.SUBMITTED, null), true, false);
        assertEquals(ApplicantNotice.SUBMITTED, sent.get("event").asText());
        assertTrue(sent.get("text").asText(), sent.get("text").asText().contains("lúc 09:12 ngày 30/11/2026"));
        d.setReceivedAt(AT);
        d.setDueAt(DUE);
        JsonNode accepted = notice(d, entry("ACCEPT", DossierStatus.SUBMITTED, DossierStatus.RECEIVED, null), false,
                false);
        assertEquals(ApplicantNotice.RECEIVED, accepted.get("event").asText());
        assertEquals("mua.nguyen@example.vn", accepted.get("email").asText());
        // back in the queue after the applicant's own supplement: nothing to tell them
        assertNull(notice(d, entry("SUPPLEMENT", DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.SUBMITTED, null),
                false, false));
    }

    @Test
    public void aRequestForPapersSaysWhatAndWhetherTheClockStopped() throws Exception {
        DossierEntity d = dossier("0912345678", null);
        JsonNode guided = notice(d, entry("REQUEST_SUPPLEMENT", DossierStatus.SUBMITTED,
                DossierStatus.SUPPLEMENT_REQUESTED, "Thiếu giấy ủy quyền"), false, false);
        assertEquals("UBND phường Võ Cường hướng dẫn Ông/Bà bổ sung, hoàn thiện hồ sơ mã " + CODE
                + " (Chứng thực bản sao từ bản chính): Thiếu giấy ủy quyền. Hồ sơ chưa được tiếp nhận; thời hạn giải "
                + "quyết tính từ khi hồ sơ được tiếp nhận.", guided.get("text").asText());
        d.setReceivedAt(AT);
        d.setDueAt(DUE);
        JsonNode paused = notice(d, entry("REQUEST_SUPPLEMENT", DossierStatus.IN_PROCESS,
                DossierStatus.SUPPLEMENT_REQUESTED, "Tờ khai ghi sai tên mẹ"), false, false);
        assertTrue(paused.get("text").asText(), paused.get("text").asText().endsWith(": Tờ khai ghi sai tên mẹ. "
                + "Thời hạn giải quyết được tạm dừng cho đến khi nhận đủ hồ sơ bổ sung."));
        // the papers brought: the clock runs again, and the applicant learns the appointment it gives
        d.setDueAt(DUE.plusDays(2));
        JsonNode resumed = notice(d, entry("SUPPLEMENT", DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.IN_PROCESS,
                null), false, false);
        assertEquals(ApplicantNotice.RESUMED, resumed.get("event").asText());
        assertTrue(resumed.get("text").asText(), resumed.get("text").asText().endsWith("Hẹn trả kết quả: 17:00 ngày "
                + "04/12/2026."));
    }

    @Test
    public void aLongReasonIsCutAndTheFullOneStaysInTheLookup() throws Exception {
        DossierEntity d = dossier("0912345678", null);
        String reason = "Lý do từ chối rất dài. ".repeat(40);
        String text = notice(d, entry("REFUSE", DossierStatus.SUBMITTED, DossierStatus.REFUSED, reason), false, false)
                .get("text").asText();
        // at a word's end, within the limit
        assertTrue(text, text.endsWith("Lý do từ chối rất dài.…."));
        String kept = text.substring(text.indexOf("): ") + 3, text.length() - 2);
        assertTrue(kept, kept.length() <= ApplicantNotices.NOTE_LIMIT && kept.length() > ApplicantNotices.NOTE_LIMIT - 30);
    }

    @Test
    public void officialsHandingOverBetweenThemselvesTellTheApplicantNothing() throws Exception {
        DossierEntity d = dossier("0912345678", "a@example.vn");
        d.setReceivedAt(AT);
        d.setDueAt(DUE);
        assertNull(notice(d, entry("HAND_OVER", DossierStatus.RECEIVED, DossierStatus.IN_PROCESS, null), false, false));
        assertNull(notice(d, entry("PROPOSE", DossierStatus.IN_PROCESS, DossierStatus.IN_PROCESS, null), false, false));
        assertEquals(ApplicantNotice.RESULT_READY, notice(d, entry("APPROVE", DossierStatus.IN_PROCESS,
                DossierStatus.RESULT_READY, null), false, false).get("event").asText());
        // no phone and no e-mail: no notice at all
        assertNull(notice(dossier(" ", null), entry("REFUSE", DossierStatus.SUBMITTED, DossierStatus.REFUSED, "x"),
                false, false));
    }

    @Test
    public void anApologyAndACalendarChangeGiveTheNewAppointment() throws Exception {
        DossierEntity d = dossier("0912345678", null);
        d.setReceivedAt(AT);
        d.setDueAt(DUE);
        d.setAppointmentAt(LocalDateTime.of(2026, 12, 7, 17, 0));
        JsonNode apology = notice(d, entry("APOLOGIZE", DossierStatus.IN_PROCESS, DossierStatus.IN_PROCESS,
                "Chờ xác minh của cơ quan công an"), false, false);
        assertEquals(ApplicantNotice.APOLOGY, apology.get("event").asText());
        assertTrue(apology.get("text").asText(), apology.get("text").asText().endsWith("chậm trả kết quả so với ngày "
                + "hẹn: Chờ xác minh của cơ quan công an. Thời gian hẹn trả kết quả mới: 17:00 ngày 07/12/2026."));
        String dueMoved = "{\"previousDueAt\":\"2026-12-01T17:00\",\"dueAt\":\"2026-12-02T17:00\"}";
        // the legal due date moved, but what the applicant holds is the apology's appointment: no notice
        assertNull(notice(d, entry("RECALCULATE_DUE", DossierStatus.IN_PROCESS, DossierStatus.IN_PROCESS, null,
                dueMoved), false, true));
        d.setAppointmentAt(null);
        JsonNode moved = notice(d, entry("RECALCULATE_DUE", DossierStatus.IN_PROCESS, DossierStatus.IN_PROCESS,
                null, dueMoved), false, true);
        assertEquals(ApplicantNotice.APPOINTMENT_MOVED, moved.get("event").asText());
        assertTrue(moved.get("text").asText(), moved.get("text").asText().endsWith("17:00 ngày 02/12/2026."));
        // a result already waiting for collection: its appointment no longer matters
        assertNull(notice(d, entry("RECALCULATE_DUE", DossierStatus.RESULT_READY, DossierStatus.RESULT_READY, null,
                dueMoved), false, true));
        // only a liên thông or a step deadline moved: the applicant's appointment did not
        assertNull(notice(d, entry("RECALCULATE_DUE", DossierStatus.TRANSFERRED, DossierStatus.TRANSFERRED, null,
                "{\"previousTransferDueAt\":\"2026-12-01T17:00\"}"), false, true));
    }

    @Test
    public void aFeeRequestSaysHowMuchAndAPostalResultIsNotToBeCollected() throws Exception {
        DossierEntity d = dossier("0912345678", null);
        d.setReceivedAt(AT);
        d.setDueAt(DUE);
        JsonNode fee = notice(d, entry("REQUEST_FEE", DossierStatus.IN_PROCESS, DossierStatus.FEE_REQUESTED,
                "Lệ phí đăng ký", "{\"amount\":5000}"), false, false);
        assertTrue(fee.get("text").asText(), fee.get("text").asText().contains(": Lệ phí đăng ký. Số tiền: 5.000 đồng."));
        d.setChannel(vn.motcua.dossier.Channel.POST);
        JsonNode ready = notice(d, entry("APPROVE", DossierStatus.IN_PROCESS, DossierStatus.RESULT_READY, null), false,
                false);
        assertTrue(ready.get("text").asText(), ready.get("text").asText().contains("qua dịch vụ bưu chính công ích"));
        assertFalse(ready.get("text").asText(), ready.get("text").asText().contains("Mời Ông/Bà"));
    }

    @Test
    public void aResultHandedOverOnTheSpotIsNotAnnouncedAsWaiting() throws Exception {
        DossierEntity d = dossier("0912345678", null);
        d.setReceivedAt(AT);
        d.setDueAt(DUE);
        // "4 tại chỗ": the change passes through the result to its return, in one sitting
        assertNull(ApplicantNotices.payload(d, List.of(
                entry("APPROVE", DossierStatus.IN_PROCESS, DossierStatus.RESULT_READY, null),
                entry("RETURN_RESULT", DossierStatus.RESULT_READY, DossierStatus.RETURNED, null)), false, false));
    }

    @Test
    public void theNoticeTravelsInTheChangesOutboxRowAndReadsBack() {
        DossierEntity d = dossier("0912345678", null);
        d.setReceivedAt(AT);
        d.setDueAt(DUE);
        d.setStatus(DossierStatus.RECEIVED);
        d.setChannel(vn.motcua.dossier.Channel.COUNTER);
        AuditEntryEntity e = entry("RECEIVE", null, DossierStatus.RECEIVED, null);
        OutboxEntry row = PortalPayloads.messages(d, List.of(e), true, vn.motcua.dossier.Actor.SYSTEM).get(0);
        row.setDossierCode(CODE);
        List<PortalMessage> messages = row.messages();
        assertEquals(3, messages.size());
        PortalMessage last = messages.get(2);
        assertEquals(ApplicantNotices.SERVICE, last.service());
        ApplicantNotice n = ApplicantNotices.read(last);
        assertEquals(CODE, n.dossierCode());
        assertEquals(2, n.seq());
        assertEquals("0912345678", n.phone());
        assertNull(n.email());
        assertEquals(1, n.attempt());
        assertEquals("UBND phuong Vo Cuong da tiep nhan ho so ma " + CODE + " (Chung thuc ban sao tu ban chinh). "
                + "Hen tra ket qua: 17:00 ngay 02/12/2026.", n.plainText());
    }
}
