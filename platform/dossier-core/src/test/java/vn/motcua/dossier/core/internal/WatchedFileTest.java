package vn.motcua.dossier.core.internal;

import static org.junit.Assert.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** An edited configuration file is read again, however it was edited. */
public class WatchedFileTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void aBackupMovedBackIsReadAgainEvenWithTheSameTimeAndSize() throws Exception {
        Path file = folder.newFile("motcua-catalogue.csv").toPath();
        Files.writeString(file, "a\n", StandardCharsets.UTF_8);
        WatchedFile<String> watched = new WatchedFile<>(file, r -> new java.io.BufferedReader(r).readLine(), null, 0);
        assertEquals("a", watched.current());

        Path backup = folder.getRoot().toPath().resolve("motcua-catalogue.csv.bak");
        Files.copy(file, backup);
        Files.writeString(file, "b\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        assertEquals("b", watched.current());

        // the administrator's "cp file file.bak; edit; mv file.bak file" within one clock tick
        Files.setLastModifiedTime(backup, Files.getLastModifiedTime(file));
        Files.move(backup, file, StandardCopyOption.REPLACE_EXISTING);
        assertEquals("a", watched.current());
    }
}
