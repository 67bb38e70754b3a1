package vn.motcua.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Test;

/** The e-mail notifier's feature, installed into the runtime and pointed at a mail server. */
public class NoticeSmtpIT extends MotcuaTestSupport {

    @Inject
    FeaturesService features;

    @Test
    public void withTheFeatureAnApplicantIsMailedOnceTheServerAnswersAndTheSmsIsNotSentTwice() throws Exception {
        try (ServerSocket mailServer = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            List<String> mails = new CopyOnWriteArrayList<>();
            Thread smtp = new Thread(() -> takeMail(mailServer, mails), "test-mail-server");
            smtp.setDaemon(true);
            smtp.start();
            // as the README tells an integrator: the feature, and the server in etc/; at first a port
            // where nothing answers (the province's mail server is down)
            int down;
            try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                down = closed.getLocalPort();
            }
            Path config = Path.of(System.getProperty("karaf.etc"), "vn.motcua.notice.smtp.cfg");
            Files.writeString(config, settings(down), StandardCharsets.ISO_8859_1);
            features.installFeature("motcua-notice-smtp", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
            try {
                waitUntil("the e-mail notifier", 30, () -> bundleContext.getServiceReferences(
                        vn.motcua.notice.ApplicantNotifier.class,
                        "(component.name=vn.motcua.notice.smtp.internal.SmtpApplicantNotifier)").size() == 1);
                String code = receive("tn.vocuong", copyCertification(VO_CUONG, "Đặng Thị Thư")
                        .replace("\"email\": null", "\"email\": \"thu.dang@example.vn\"")).json().get("code").asText();
                // the SMS part went on to the next notifier (here the log file); the e-mail waits
                Path log = Path.of(System.getProperty("karaf.data"), "log", "applicant-notices.log");
                String phoneLine = "\"dossier\":\"" + code + "\",\"seq\":1,";
                waitUntil("the phone's notice", 60, () -> Files.readString(log, StandardCharsets.UTF_8)
                        .contains(phoneLine));
                waitUntil("the e-mail waiting", 30, () -> get("/api/admin/outbox", "qt.tinh").body()
                        .contains("\"dossierCode\":\"" + code + "\",\"seq\":1,\"kind\":\"NOTICE\""));
                // the clerk sees what the applicant was told, and that the e-mail has not gone yet
                String noticesPath = "/api/dossiers/" + code + "/notices";
                JsonNode partly = get(noticesPath, "tn.vocuong").json().get(0);
                assertEquals(partly.toString(), "RECEIVED", partly.get("event").asText());
                assertEquals(partly.toString(), "PARTLY_SENT", partly.get("state").asText());
                assertEquals("thu.dang@example.vn", partly.get("email").asText());
                assertFalse(partly.toString(), partly.get("lastError").isNull());
                assertEquals("another ward's clerk", 403, get(noticesPath, "tn.namson").status());
                // the server back: the e-mail goes, the SMS does not go again
                Files.writeString(config, settings(mailServer.getLocalPort()), StandardCharsets.ISO_8859_1);
                waitUntil("the reception's e-mail", 90, () -> mails.stream().anyMatch(m -> m.contains(code)));
                String mail = mails.stream().filter(m -> m.contains(code)).findFirst().orElseThrow();
                assertTrue(mail, mail.contains("RCPT TO:<thu.dang@example.vn>"));
                assertTrue(mail, mail.contains("X-Motcua-Notice: " + code + "#1 RECEIVED"));
                assertTrue(mail, mail.contains("charset=UTF-8"));
                waitUntil("the notice recorded as sent", 30, () -> get(noticesPath, "tn.vocuong").json().get(0)
                        .get("state").asText().equals("SENT"));
                String notices = Files.readString(log, StandardCharsets.UTF_8);
                assertEquals(notices, 1, notices.split(java.util.regex.Pattern.quote(phoneLine), -1).length - 1);
            } finally {
                features.uninstallFeature("motcua-notice-smtp", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
                Files.delete(config);
            }
        }
    }

    private static String settings(int port) {
        return "host = 127.0.0.1\nport = " + port + "\nfrom = motcua@bacninh.gov.vn\n"
                + "fromName = M\\u1ed9t c\\u1eeda \\u0111i\\u1ec7n t\\u1eed\nstartTls = false\n";
    }

    /** Takes mail as an SMTP server would, keeping each connection's whole dialogue from the client. */
    private static void takeMail(ServerSocket server, List<String> mails) {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                OutputStream out = s.getOutputStream();
                StringBuilder dialogue = new StringBuilder();
                out.write("220 test ESMTP\r\n".getBytes(StandardCharsets.US_ASCII));
                boolean data = false;
                for (String line; (line = in.readLine()) != null; ) {
                    dialogue.append(line).append('\n');
                    String answer = data ? (line.equals(".") ? "250 queued" : null)
                            : line.startsWith("DATA") ? "354 go on" : line.startsWith("QUIT") ? "221 bye" : "250 ok";
                    data = data ? !line.equals(".") : line.startsWith("DATA");
                    if (answer != null) {
                        out.write((answer + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                    }
                    if (line.startsWith("QUIT")) {
                        break;
                    }
                }
                mails.add(dialogue.toString());
            } catch (java.io.IOException closed) {
                // the test is over, or the client left
            }
        }
    }
}
