package vn.motcua.notice.smtp.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.lang.annotation.Annotation;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.mail.Session;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

import org.junit.Test;

import vn.motcua.notice.ApplicantNotice;

public class SmtpApplicantNotifierTest {

    private final List<ApplicantNotice> passedOn = new CopyOnWriteArrayList<>();

    private static ApplicantNotice notice(String phone, String email) {
        return new ApplicantNotice("000.10.01.H07-261130-0007", 1, ApplicantNotice.RECEIVED, phone, email,
                "Hồ sơ 000.10.01.H07-261130-0007: Được tiếp nhận", "UBND phường Võ Cường đã tiếp nhận hồ sơ mã "
                + "000.10.01.H07-261130-0007 (Chứng thực bản sao từ bản chính). Hẹn trả kết quả: 17:00 ngày 02/12/2026.",
                LocalDateTime.of(2026, 11, 30, 9, 12), 1);
    }

    private SmtpApplicantNotifier notifier(int port) throws Exception {
        return new SmtpApplicantNotifier(passedOn::add, config(port, "127.0.0.1"));
    }

    @Test
    public void aNoticeIsMailedInVietnameseAndItsPhonePartPassedOn() throws Exception {
        try (FakeSmtpServer server = new FakeSmtpServer()) {
            notifier(server.port()).send(notice("0912345678", "mua.nguyen@example.vn"));

            assertEquals(1, server.received.size());
            FakeSmtpServer.Received mail = server.received.get(0);
            assertEquals("<motcua@bacninh.gov.vn>", mail.mailFrom());
            assertEquals(List.of("<mua.nguyen@example.vn>"), mail.recipients());
            MimeMessage m = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(mail.data().getBytes(StandardCharsets.US_ASCII)));
            assertEquals("Hồ sơ 000.10.01.H07-261130-0007: Được tiếp nhận", m.getSubject());
            assertEquals("UBND phường Võ Cường", ((InternetAddress) m.getFrom()[0]).getPersonal());
            String body = (String) m.getContent();
            assertTrue(body, body.startsWith("UBND phường Võ Cường đã tiếp nhận hồ sơ mã 000.10.01.H07-261130-0007"));
            assertTrue(body, body.strip().endsWith("tại https://dichvucong.bacninh.gov.vn/tra-cuu."));
            assertTrue(m.getContentType(), m.getContentType().toLowerCase().contains("charset=utf-8"));
            assertEquals("000.10.01.H07-261130-0007#1 RECEIVED", m.getHeader("X-Motcua-Notice")[0]);
            // the SMS gateway (or the log file) still gets the phone's part
            assertEquals(1, passedOn.size());
        }
    }

    @Test
    public void aNoticeWithoutEmailOnlyGoesOnAndOneWithoutPhoneDoesNot() throws Exception {
        try (FakeSmtpServer server = new FakeSmtpServer()) {
            SmtpApplicantNotifier n = notifier(server.port());
            n.send(notice("0912345678", null));
            n.send(notice(null, "mua.nguyen@example.vn"));
            assertEquals(1, passedOn.size());
            assertEquals("0912345678", passedOn.get(0).phone());
            assertEquals(1, server.received.size());
        }
    }

    @Test
    public void aServerDownFailsTheSendingSoTheNoticeIsRetried() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        try {
            notifier(closed).send(notice(null, "mua.nguyen@example.vn"));
            fail("a notice the server never took must not count as sent");
        } catch (javax.mail.MessagingException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("000.10.01.H07-261130-0007"));
        }
    }

    @Test
    public void whenOnlyTheMailFailsTheApplicantToldByPhoneIsNotToldTwice() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        try {
            notifier(closed).send(notice("0912345678", "mua.nguyen@example.vn"));
            fail("the e-mail was not sent");
        } catch (vn.motcua.notice.PartlySentException partly) {
            // only the e-mail is left to send: its retry sends no second SMS
            assertEquals(null, partly.rest().phone());
            assertEquals("mua.nguyen@example.vn", partly.rest().email());
            try (FakeSmtpServer server = new FakeSmtpServer()) {
                notifier(server.port()).send(partly.rest());
                assertEquals(1, server.received.size());
            }
        }
        assertEquals(1, passedOn.size());
    }

    @Test
    public void anAddressNoServerTakesIsNotRetriedForEver() throws Exception {
        try (FakeSmtpServer server = new FakeSmtpServer()) {
            notifier(server.port()).send(notice(null, "không phải địa chỉ"));
            assertEquals(0, server.received.size());
            // a mailbox its server does not know (550): refused for good, not retried
            server.rejectRecipients = true;
            notifier(server.port()).send(notice(null, "khong.co@example.vn"));
            assertEquals(0, server.received.size());
        }
    }

    @Test
    public void aFileWithoutTheServerSendsNoMailAndPassesEveryNoticeOn() throws Exception {
        SmtpApplicantNotifier unusable = new SmtpApplicantNotifier(passedOn::add, config(25, " "));
        unusable.send(notice(null, "mua.nguyen@example.vn"));
        unusable.send(notice("0912345678", null));
        assertEquals(2, passedOn.size());
    }

    private static SmtpApplicantNotifier.Config config(int port, String host) {
        return new SmtpApplicantNotifier.Config() {
            @Override
            public String host() {
                return host;
            }

            @Override
            public int port() {
                return port;
            }

            @Override
            public String from() {
                return "motcua@bacninh.gov.vn";
            }

            @Override
            public String fromName() {
                return "UBND phường Võ Cường";
            }

            @Override
            public String username() {
                return "";
            }

            @Override
            public String password() {
                return "";
            }

            @Override
            public boolean startTls() {
                return false;
            }

            @Override
            public boolean ssl() {
                return false;
            }

            @Override
            public int timeoutSeconds() {
                return 5;
            }

            @Override
            public String lookupAddress() {
                return "https://dichvucong.bacninh.gov.vn/tra-cuu";
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return SmtpApplicantNotifier.Config.class;
            }
        };
    }
}
