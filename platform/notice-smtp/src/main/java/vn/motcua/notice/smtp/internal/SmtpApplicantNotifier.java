package vn.motcua.notice.smtp.internal;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.Transport;
import javax.mail.internet.AddressException;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.notice.ApplicantNotice;
import vn.motcua.notice.ApplicantNotifier;

/**
 * Sends the notices to applicants who gave an e-mail address through the province's mail server,
 * and hands every notice with a phone number on to the next notifier by ranking (the province's SMS
 * gateway, or the log file): installed, it ranks 100. It starts only once
 * {@code etc/vn.motcua.notice.smtp.cfg} names the server and the sender.
 */
@Component(service = ApplicantNotifier.class, configurationPid = SmtpApplicantNotifier.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE, property = Constants.SERVICE_RANKING + ":Integer=100")
@Designate(ocd = SmtpApplicantNotifier.Config.class)
public class SmtpApplicantNotifier implements ApplicantNotifier {

    static final String PID = "vn.motcua.notice.smtp";
    private static final Logger LOG = LoggerFactory.getLogger(SmtpApplicantNotifier.class);

    @ObjectClassDefinition(name = "motcua: notices to applicants by e-mail",
            description = "The province's mail server (SMTP) for the notices to applicants who gave an e-mail address")
    public @interface Config {
        @AttributeDefinition(name = "Server", description = "Host name of the SMTP server")
        String host();

        @AttributeDefinition(name = "Port", description = "25 or 587 (STARTTLS), 465 (SSL)")
        int port() default 587;

        @AttributeDefinition(name = "Sender", description = "The From address, e.g. motcua@bacninh.gov.vn")
        String from();

        @AttributeDefinition(name = "Sender's name", description = "Shown beside the address, e.g. UBND tỉnh Bắc Ninh")
        String fromName() default "";

        @AttributeDefinition(name = "User", description = "Sign-in to the server; empty: none")
        String username() default "";

        @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD)
        String password() default "";

        @AttributeDefinition(name = "STARTTLS", description = "Require STARTTLS before signing in (port 587)")
        boolean startTls() default true;

        @AttributeDefinition(name = "SSL", description = "TLS from the first byte (port 465)")
        boolean ssl() default false;

        @AttributeDefinition(name = "Timeout (seconds)", description = "For connecting, reading and writing")
        int timeoutSeconds() default 20;
    }

    private final ApplicantNotifier next;
    private final Session session;
    private final InternetAddress from;
    private final String username;
    private final String password;

    @Activate
    public SmtpApplicantNotifier(
            @Reference(target = "(!(component.name=vn.motcua.notice.smtp.internal.SmtpApplicantNotifier))",
                    policyOption = ReferencePolicyOption.GREEDY) ApplicantNotifier next,
            Config config) throws AddressException, java.io.UnsupportedEncodingException {
        this.next = next;
        if (config.host() == null || config.host().isBlank() || config.from() == null || config.from().isBlank()) {
            throw new IllegalArgumentException("etc/" + PID + ".cfg needs host and from");
        }
        Properties p = new Properties();
        String timeout = Integer.toString(Math.max(1, config.timeoutSeconds()) * 1000);
        String protocol = config.ssl() ? "smtps" : "smtp";
        p.setProperty("mail.transport.protocol", protocol);
        p.setProperty("mail." + protocol + ".host", config.host().strip());
        p.setProperty("mail." + protocol + ".port", Integer.toString(config.port()));
        p.setProperty("mail." + protocol + ".connectiontimeout", timeout);
        p.setProperty("mail." + protocol + ".timeout", timeout);
        p.setProperty("mail." + protocol + ".writetimeout", timeout);
        p.setProperty("mail." + protocol + ".auth", Boolean.toString(!config.username().isBlank()));
        if (!config.ssl() && config.startTls()) {
            p.setProperty("mail.smtp.starttls.enable", "true");
            p.setProperty("mail.smtp.starttls.required", "true");
        }
        this.session = Session.getInstance(p);
        InternetAddress sender = new InternetAddress(config.from().strip(), true);
        if (!config.fromName().isBlank()) {
            sender.setPersonal(config.fromName().strip(), StandardCharsets.UTF_8.name());
        }
        this.from = sender;
        this.username = config.username().isBlank() ? null : config.username().strip();
        this.password = config.password();
    }

    /**
     * The phone's part first (the next notifier), then the e-mail: when the mail server fails, the
     * notice comes again, and the SMS gateway tells the repeat by dossier code and sequence.
     */
    @Override
    public void send(ApplicantNotice notice) throws Exception {
        if (notice.phone() != null) {
            next.send(notice);
        }
        if (notice.email() == null) {
            return;
        }
        InternetAddress to;
        try {
            to = new InternetAddress(notice.email().strip(), true);
        } catch (AddressException notAnAddress) {
            // no server will ever take it: retrying would only fill the outbox
            LOG.warn("Notice of {}#{} not e-mailed: '{}' is no e-mail address", notice.dossierCode(), notice.seq(),
                    notice.email());
            return;
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // the mail library finds its transports and content handlers through the context class loader
        thread.setContextClassLoader(Session.class.getClassLoader());
        try {
            MimeMessage m = new MimeMessage(session);
            m.setFrom(from);
            m.setRecipient(Message.RecipientType.TO, to);
            m.setSubject(notice.subject(), StandardCharsets.UTF_8.name());
            m.setText(notice.text() + "\n\n-- \nThư gửi tự động từ hệ thống một cửa điện tử; xin đừng trả lời thư này. "
                    + "Tra cứu hồ sơ bằng mã hồ sơ và 4 số cuối số định danh cá nhân.", StandardCharsets.UTF_8.name());
            m.setSentDate(new Date());
            m.setHeader("X-Motcua-Notice", notice.dossierCode() + "#" + notice.seq() + " " + notice.event());
            if (username == null) {
                Transport.send(m);
            } else {
                Transport.send(m, username, password);
            }
        } catch (MessagingException e) {
            throw new MessagingException("e-mail to the applicant of " + notice.dossierCode() + " not sent: "
                    + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
