package vn.motcua.dossier.core.internal.portal;

import java.io.IOException;

import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import vn.motcua.portal.PortalAdapter;
import vn.motcua.portal.PortalMessage;

/**
 * The default portal adapter: appends each message as one JSON line to a file, for provinces not
 * yet connected to the national portal (and for checking what would be sent). Lowest ranking, so
 * any real adapter takes over.
 */
@Component(service = PortalAdapter.class, configurationPid = LogFilePortalAdapter.PID,
        property = Constants.SERVICE_RANKING + ":Integer=-1000")
@Designate(ocd = LogFilePortalAdapter.Config.class)
public class LogFilePortalAdapter implements PortalAdapter {

    static final String PID = "vn.motcua.portal.logfile";

    @ObjectClassDefinition(name = "motcua: national portal, log-file adapter",
            description = "Writes what would be sent to the national public-service portal to a file")
    public @interface Config {
        @AttributeDefinition(name = "File", description = "${karaf.data} is replaced by Karaf's data folder")
        String file() default "${karaf.data}/log/portal-outbox.log";
    }

    final AppendedFile file;

    @Activate
    public LogFilePortalAdapter(Config config) {
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

    /** Appends the message as one line, before it returns (see {@link AppendedFile}). */
    @Override
    public void deliver(PortalMessage m) throws IOException {
        file.append("{\"service\":\"" + m.service() + "\",\"dossier\":\"" + m.dossierCode() + "\",\"seq\":" + m.seq()
                + ",\"payload\":" + m.payload() + "}");
    }
}
