package vn.motcua.dossier.core.internal.portal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.Test;

import vn.motcua.dossier.core.internal.persistence.OutboxEntry;
import vn.motcua.notice.ApplicantNotice;
import vn.motcua.notice.NoticeDelivery;

public class NoticeHistoryTest {

    private static final String CODE = "000.10.01.H07-261130-0001";
    private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 30, 9, 0);

    private static ApplicantNotice notice(int seq, String event, String phone, String email) {
        return new ApplicantNotice(CODE, seq, event, phone, email, "Hồ sơ " + CODE, "Nội dung " + event, AT, 1);
    }

    /** The row a change writes: its portal message, then the notice. */
    private static OutboxEntry change(int seq, ApplicantNotice n) {
        OutboxEntry e = OutboxEntry.of(seq, List.of("CapNhatTienDoHoSoMC", ApplicantNotices.SERVICE), List.of(seq, seq),
                List.of("{\"MaHoSo\":\"" + CODE + "\"}", ApplicantNotices.payload(n)), AT.plusMinutes(seq));
        e.setDossierCode(CODE);
        return e;
    }

    /** The row a failed notice is kept in, as the delivery writes it. */
    private static OutboxEntry apart(ApplicantNotice n) {
        OutboxEntry e = new OutboxEntry(n.seq(), ApplicantNotices.SERVICE, ApplicantNotices.payload(n),
                AT.plusMinutes(n.seq()));
        e.setDossierCode(CODE);
        return e;
    }

    @Test
    public void aNoticeIsSentWhenTheRowThatHoldsItLastIsDelivered() {
        ApplicantNotice received = notice(1, ApplicantNotice.RECEIVED, "0912345678", "a@example.vn");
        ApplicantNotice asked = notice(3, ApplicantNotice.SUPPLEMENT_REQUESTED, "0912345678", "a@example.vn");
        ApplicantNotice ready = notice(6, ApplicantNotice.RESULT_READY, "0912345678", null);
        ApplicantNotice resumed = notice(4, ApplicantNotice.RESUMED, "0912345678", "a@example.vn");
        OutboxEntry first = change(1, received);
        first.delivered(AT.plusSeconds(70));
        OutboxEntry second = change(3, asked);
        second.delivered(AT.plusSeconds(200));
        OutboxEntry third = change(4, resumed);
        third.delivered(AT.plusSeconds(300));
        OutboxEntry fourth = change(6, ready); // the portal has not taken it yet

        // the SMS gateway failed on the supplement request: kept apart, tried once, to be tried again
        OutboxEntry failing = apart(asked);
        failing.failed(AT.plusSeconds(400), "java.net.ConnectException: Connection refused");
        // the resumption's SMS went, its e-mail did not: what is left is the e-mail alone
        OutboxEntry partly = apart(resumed.withoutPhone());
        partly.failed(AT.plusSeconds(500), "550 5.1.1 mailbox unavailable");

        List<NoticeDelivery> all = NoticeHistory.of(List.of(first, second, failing, third, partly, fourth));
        assertEquals(4, all.size());
        NoticeDelivery sent = all.get(0);
        assertEquals(ApplicantNotice.RECEIVED, sent.notice().event());
        assertEquals(NoticeDelivery.SENT, sent.state());
        assertEquals(AT.plusSeconds(70), sent.sentAt());
        assertNull(sent.lastError());

        NoticeDelivery retrying = all.get(1);
        assertEquals(NoticeDelivery.RETRYING, retrying.state());
        assertEquals("the notice as written, with both channels", "0912345678", retrying.notice().phone());
        assertEquals("java.net.ConnectException: Connection refused", retrying.lastError());
        assertEquals(AT.plusSeconds(400), retrying.nextAttemptAt());
        assertNull(retrying.sentAt());

        NoticeDelivery half = all.get(2);
        assertEquals(NoticeDelivery.PARTLY_SENT, half.state());
        assertEquals("the SMS went with the change", AT.plusSeconds(300), half.sentAt());
        assertEquals("550 5.1.1 mailbox unavailable", half.lastError());

        NoticeDelivery waiting = all.get(3);
        assertEquals(ApplicantNotice.RESULT_READY, waiting.notice().event());
        assertEquals(NoticeDelivery.WAITING, waiting.state());
        assertEquals(0, waiting.attempts());

        // once the kept row goes, the notice is sent, at that time
        failing.delivered(AT.plusSeconds(900));
        NoticeDelivery later = NoticeHistory.of(List.of(first, second, failing)).get(1);
        assertEquals(NoticeDelivery.SENT, later.state());
        assertEquals(AT.plusSeconds(900), later.sentAt());
        assertEquals(2, later.attempts());
    }

    @Test
    public void aChangeWithoutANoticeGivesNone() {
        OutboxEntry portalOnly = new OutboxEntry(2, "CapNhatTienDoHoSoMC", "{}", AT);
        portalOnly.setDossierCode(CODE);
        assertEquals(List.of(), NoticeHistory.of(List.of(portalOnly)));
    }
}
