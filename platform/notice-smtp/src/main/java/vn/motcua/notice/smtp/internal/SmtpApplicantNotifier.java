package vn.motcua.notice.smtp.internal;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.SendFailedException;
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
import vn.motcua.notice.PartlySentException;

/**
 * Sends the notices to applicants who gave an e-mail address through the province's mail server,
 * and hands every notice with a phone number on to the next notifier by ranking (the province's SMS
 * gateway, or the log file): installed, it ranks 100. It starts only once
 * {@code etc/vn.motcua.notice.smtp.cfg} exists; a file that does not name the server and the
 * sender, or a setting that is no number, is logged as an error, and every notice then goes on to
 * the next notifier until the file is corrected (the outbox never stops for a mistyped file).
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
        int timeoutSeconds() default 10;

        @AttributeDefinition(name = "Lookup page", description = "Where applicants look their dossier up, "
                + "named at the end of each e-mail, e.g. https://dichvucong.bacninh.gov.vn/tra-cuu; empty: none")
        String lookupAddress() default "";
    }

    private final ApplicantNotifier next;
    /** Null when the settings are unusable: every notice then goes on to the next notifier. */
    private final Session session;
    private final InternetAddress from;
    private final String username;
    private final String password;
    private final String footer;

    @Activate
    public SmtpApplicantNotifier(
            @Reference(target = "(!(component.name=vn.motcua.notice.smtp.internal.SmtpApplicantNotifier))",
                    policyOption = ReferencePolicyOption.GREEDY) ApplicantNotifier next,
            Config config) {
        this.next = next;
        Session s = null;
        InternetAddress sender = null;
        String footerText = "";
        try {
            s = session(config);
            sender = new InternetAddress(config.from().strip(), true);
            if (!config.fromName().isBlank()) {
                sender.setPersonal(config.fromName().strip(), StandardCharsets.UTF_8.name());
            }
            footerText = "\n\n-- \nThư gửi tự động từ hệ thống một cửa điện tử; xin đừng trả lời thư này. Tra cứu hồ sơ "
                    + "bằng mã hồ sơ và 4 số cuối số định danh cá nhân" + (config.lookupAddress().isBlank() ? "."
                    : " tại " + config.lookupAddress().strip() + ".");
        } catch (RuntimeException | AddressException | java.io.UnsupportedEncodingException e) {
            // a missing server or sender, "port = abc" (Declarative Services throws when it is read)
            LOG.error("etc/{}.cfg cannot be used ({}): no e-mail is sent, every notice goes on to the next notifier "
                    + "until the file names host and from and its numbers are numbers", PID, e.toString());
            s = null;
        }
        this.session = s;
        this.from = sender;
        this.footer = footerText;
        this.username = s == null || config.username().isBlank() ? null : config.username().strip();
        this.password = s == null ? null : config.password();
    }

    private static Session session(Config config) {
        if (config.host() == null || config.host().isBlank() || config.from() == null || config.from().isBlank()) {
            throw new IllegalArgumentException("host and from are required");
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
        return Session.getInstance(p);
    }

    /**
     * The phone's part first (the next notifier: when it fails, nothing was sent and the notice comes
     * again whole), then the e-mail. When the mail server fails after the phone's part went, only
     * the e-mail is retried ({@link PartlySentException}), so no SMS is sent twice. An address the
     * server refuses (550) is logged and not retried.
     */
    @Override
    public void send(ApplicantNotice notice) throws Exception {
        if (session == null) {
            next.send(notice);
            return;
        }
        boolean phoned = notice.phone() != null;
        if (phoned) {
            next.send(notice);
        }
        if (notice.email() == null) {
            return;
        }
        try {
            mail(notice);
        } catch (MessagingException e) {
            if (e instanceof AddressException || (e instanceof SendFailedException f && f.getInvalidAddresses() != null
                    && f.getInvalidAddresses().length > 0)) {
                // the address is wrong or unknown to its server (550): no retry will change that
                LOG.warn("Notice of {}#{} not e-mailed, the address is refused ({}){}", notice.dossierCode(),
                        notice.seq(), e.getMessage(), phoned ? "; the applicant was told by phone" : "");
                return;
            }
            MessagingException failed = new MessagingException("e-mail to the applicant of " + notice.dossierCode()
                    + " not sent: " + e.getMessage(), e);
            if (phoned) {
                throw new PartlySentException(notice.withoutPhone(), failed);
            }
            throw failed;
        }
    }

    private void mail(ApplicantNotice notice) throws MessagingException {
        InternetAddress to = new InternetAddress(notice.email().strip(), true);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // the mail library finds its transports and content handlers through the context class loader
        thread.setContextClassLoader(Session.class.getClassLoader());
        try {
            MimeMessage m = new MimeMessage(session);
            m.setFrom(from);
            m.setRecipient(Message.RecipientType.TO, to);
            m.setSubject(notice.subject(), StandardCharsets.UTF_8.name());
            m.setText(notice.text() + footer, StandardCharsets.UTF_8.name());
            m.setSentDate(new Date());
            m.setHeader("X-Motcua-Notice", notice.dossierCode() + "#" + notice.seq() + " " + notice.event());
            if (username == null) {
                Transport.send(m);
            } else {
                Transport.send(m, username, password);
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
