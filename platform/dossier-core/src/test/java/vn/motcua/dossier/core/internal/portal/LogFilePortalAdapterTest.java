package vn.motcua.dossier.core.internal.portal;

import static org.junit.Assert.assertEquals;

import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import vn.motcua.portal.PortalAdapter;
import vn.motcua.portal.PortalMessage;

public class LogFilePortalAdapterTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void eachMessageIsOneLineInTheFileEvenAfterTheFileIsMovedAway() throws Exception {
        Path dir = folder.newFolder("portal").toPath();
        Path file = dir.resolve("log/portal-outbox.log");
        LogFilePortalAdapter adapter = new LogFilePortalAdapter(config(file));
        adapter.file.recheckNanos = 0; // check the path at every message

        adapter.deliver(message(1, "{\"TrangThai\":\"2\",\"NguoiXuLy\":\"Lý Kim Oanh\"}"));
        adapter.deliver(message(2, "{\"TrangThai\":\"3\"}"));
        assertEquals(List.of(
                "{\"service\":\"" + PortalAdapter.UPDATE_PROGRESS + "\",\"dossier\":\"000.10.01.H07-261128-0001\","
                        + "\"seq\":1,\"payload\":{\"TrangThai\":\"2\",\"NguoiXuLy\":\"Lý Kim Oanh\"}}",
                "{\"service\":\"" + PortalAdapter.UPDATE_PROGRESS + "\",\"dossier\":\"000.10.01.H07-261128-0001\","
                        + "\"seq\":2,\"payload\":{\"TrangThai\":\"3\"}}"),
                Files.readAllLines(file, StandardCharsets.UTF_8));

        // rotated away (or deleted): the next message starts a new file at the configured path
        Path rotated = dir.resolve("log/portal-outbox.log.1");
        Files.move(file, rotated);
        adapter.deliver(message(3, "{\"TrangThai\":\"4\"}"));
        assertEquals(2, Files.readAllLines(rotated, StandardCharsets.UTF_8).size());
        assertEquals(1, Files.readAllLines(file, StandardCharsets.UTF_8).size());
        adapter.close();
    }

    private static PortalMessage message(int seq, String payload) {
        return new PortalMessage("000.10.01.H07-261128-0001", seq, PortalAdapter.UPDATE_PROGRESS, payload,
                LocalDateTime.of(2026, 11, 28, 8, 0), 1);
    }

    private static LogFilePortalAdapter.Config config(Path file) {
        return new LogFilePortalAdapter.Config() {
            @Override
            public String file() {
                return file.toString();
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return LogFilePortalAdapter.Config.class;
            }
        };
    }
}
