package vn.motcua.dossier.core.internal.portal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.notice.ApplicantNotice;
import vn.motcua.notice.ApplicantNotifier;

/**
 * The default notifier: appends each notice to the applicant as one JSON line to a file, until
 * the province registers its SMS gateway or mail server (and for checking what would be sent).
 * Lowest ranking, so any real notifier takes over.
 */
@Component(service = ApplicantNotifier.class, configurationPid = LogFileApplicantNotifier.PID,
        property = Constants.SERVICE_RANKING + ":Integer=-1000")
@Designate(ocd = LogFileApplicantNotifier.Config.class)
public class LogFileApplicantNotifier implements ApplicantNotifier {

    static final String PID = "vn.motcua.notice.logfile";
    private static final ObjectMapper JSON = new ObjectMapper();

    @ObjectClassDefinition(name = "motcua: notices to applicants, log-file notifier",
            description = "Writes the SMS and e-mail notices that would be sent to applicants to a file")
    public @interface Config {
        @AttributeDefinition(name = "File", description = "${karaf.data} is replaced by Karaf's data folder")
        String file() default "${karaf.data}/log/applicant-notices.log";
    }

    final AppendedFile file;

    @Activate
    public LogFileApplicantNotifier(Config config) {
        file = new AppendedFile(config.file());
    }

    @Modified
    void modified(Config config) {
        file.moveTo(config.file());
    }

    @Deactivate
    void close() {
        file.close();
    }

    /** Appends the notice as one line, before it returns (see {@link AppendedFile}). */
    @Override
    public void send(ApplicantNotice n) throws IOException {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("service", ApplicantNotices.SERVICE);
        line.put("dossier", n.dossierCode());
        line.put("seq", n.seq());
        line.put("event", n.event());
        line.put("phone", n.phone());
        line.put("email", n.email());
        line.put("subject", n.subject());
        line.put("text", n.text());
        file.append(JSON.writeValueAsString(line));
    }
}
