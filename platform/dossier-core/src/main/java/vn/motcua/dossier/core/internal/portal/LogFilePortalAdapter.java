package vn.motcua.dossier.core.internal.portal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

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

    /** How often the adapter checks that its open file is still the one at the configured path. */
    long recheckNanos = 1_000_000_000L;

    private Path file;
    private FileChannel channel;
    private Object channelKey;
    private long checkedAt;

    @Activate
    public LogFilePortalAdapter(Config config) {
        modified(config);
    }

    @Modified
    synchronized void modified(Config config) {
        file = Path.of(config.file().replace("${karaf.data}", System.getProperty("karaf.data", "data")));
        close();
    }

    @Deactivate
    synchronized void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing was pending: every message is written before deliver returns
            }
            channel = null;
        }
    }

    /**
     * Appends the message as one line, before it returns (to the operating system, as before:
     * the line is as safe as a line of any log). The file stays open between messages, since the
     * outbox delivers more than a thousand a second under load and opening it for each one was a
     * tenth of the delivery's cost; once a second the adapter checks that the path still names the
     * file it has open, so a file rotated or deleted away is created again.
     */
    @Override
    public synchronized void deliver(PortalMessage m) throws IOException {
        ByteBuffer line = ByteBuffer.wrap(("{\"service\":\"" + m.service() + "\",\"dossier\":\"" + m.dossierCode()
                + "\",\"seq\":" + m.seq() + ",\"payload\":" + m.payload() + "}\n").getBytes(StandardCharsets.UTF_8));
        FileChannel out = open();
        try {
            while (line.hasRemaining()) {
                out.write(line);
            }
        } catch (IOException e) {
            close(); // opened afresh for the next attempt
            throw e;
        }
    }

    private FileChannel open() throws IOException {
        long now = System.nanoTime();
        if (channel != null && now - checkedAt < recheckNanos) {
            return channel;
        }
        checkedAt = now;
        if (channel != null) {
            Object key = Files.exists(file) ? Files.readAttributes(file, BasicFileAttributes.class).fileKey() : null;
            if (key != null && key.equals(channelKey)) {
                return channel;
            }
            close();
        }
        Files.createDirectories(file.getParent());
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        channelKey = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        return channel;
    }
}
