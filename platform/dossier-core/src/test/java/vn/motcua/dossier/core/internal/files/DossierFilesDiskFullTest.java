package vn.motcua.dossier.core.internal.files;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.After;
import org.junit.Test;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;

import vn.motcua.dossier.Actor;
import vn.motcua.procedure.Submission.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierDocument;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Role;
import vn.motcua.dossier.StorageException;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.TimeLimitUnit;

/**
 * A scanned file uploaded while the disk is full: a clear storage error, no partial file left in the
 * folder, and nothing recorded (the repository is never reached). The disk is an in-memory file
 * system with a fixed size (Jimfs), full the way a real one is: writes fail with an IOException.
 */
public class DossierFilesDiskFullTest {

    private final FileSystem disk = Jimfs.newFileSystem(Configuration.unix().toBuilder()
            .setMaxSize(256 * 1024).setBlockSize(8192).build());

    @After
    public void close() throws Exception {
        disk.close();
    }

    @Test
    public void aFullDiskIsAClearErrorAndLeavesNothingBehind() throws Exception {
        Path root = disk.getPath("/data/motcua-files");
        Files.createDirectories(root);
        // the repository must not be reached: a null one would fail the test with a NullPointerException
        DossierFilesImpl files = new DossierFilesImpl(dossierService(), null, root, 10L * 1024 * 1024);
        byte[] pdf = new byte[600 * 1024];
        byte[] head = "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, pdf, 0, head.length);
        Actor clerk = new Actor("tn.vocuong", "Vũ Thị Thùy Linh", Set.of(Role.RECEPTION_CLERK), "000.10.01.H07");
        try {
            files.store(CODE, "ban-chinh", "ban-chinh.pdf", "application/pdf", new ByteArrayInputStream(pdf), clerk);
            fail("a file larger than the free space was stored");
        } catch (StorageException e) {
            assertTrue(e.getMessage(), e.getMessage() != null && !e.getMessage().isBlank());
            assertTrue(e.getMessage(), !e.getMessage().contains("Exception"));
        }
        try (Stream<Path> left = Files.walk(root)) {
            assertEquals("no file, temporary or not, is left", List.of(),
                    left.filter(Files::isRegularFile).toList());
        }
    }

    private static final String CODE = "000.10.01.H07-261130-0007";

    private static DossierService dossierService() {
        LocalDateTime received = LocalDateTime.of(2026, 11, 30, 8, 0);
        Dossier d = new Dossier(CODE, "2.000815", "Chứng thực bản sao từ bản chính", "chung-thuc", "Chứng thực",
                "000.10.01.H07", "UBND phường Võ Cường", Channel.COUNTER, DossierStatus.IN_PROCESS,
                new Applicant("Nguyễn Thị Phương Hoa", "027190001234", "0912345678", null, null),
                List.of(new DossierDocument("ban-chinh", "Bản chính giấy tờ", 1, 0, 2, 3)), Map.of(),
                new TimeLimit(0, TimeLimitUnit.SAME_DAY), received, received, received,
                received.withHour(17).withMinute(30), 10_000, List.of(), "tn.vocuong", "Vũ Thị Thùy Linh", 1, null);
        return (DossierService) Proxy.newProxyInstance(DossierService.class.getClassLoader(),
                new Class<?>[] {DossierService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("get")) {
                        return d;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
