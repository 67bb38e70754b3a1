package vn.motcua.dossier.core.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A configuration file under etc/ that an administrator edits while the runtime runs: parsed when
 * first read, and again when it changes (checked at most every few seconds, on use). A broken edit
 * is logged and the previous content stays in force.
 */
final class WatchedFile<T> {

    /** Reads the file's content. */
    interface Parser<T> {
        T parse(Reader reader) throws IOException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(WatchedFile.class);
    private static final long CHECK_EVERY_MILLIS = 5_000;

    private final Path file;
    private final Parser<T> parser;
    private final T whenMissing;
    private volatile T content;
    private volatile long modified;
    private volatile long nextCheck;

    /**
     * @param whenMissing the content while the file does not exist, or null when it must exist
     * @throws IOException when the file is missing (and must exist) or malformed at start
     */
    WatchedFile(Path file, Parser<T> parser, T whenMissing) throws IOException {
        this.file = file;
        this.parser = parser;
        this.whenMissing = whenMissing;
        this.modified = lastModified();
        this.content = read();
        this.nextCheck = System.currentTimeMillis() + CHECK_EVERY_MILLIS;
    }

    /** ${karaf.etc} in a configured path, replaced by Karaf's etc folder. */
    static Path resolve(String configured) {
        return Path.of(configured.replace("${karaf.etc}", System.getProperty("karaf.etc", "etc")));
    }

    Path file() {
        return file;
    }

    T current() {
        long now = System.currentTimeMillis();
        if (now >= nextCheck) {
            nextCheck = now + CHECK_EVERY_MILLIS;
            long m = lastModified();
            if (m != modified) {
                modified = m;
                try {
                    content = read();
                    LOG.info("{} read again", file);
                } catch (IOException | RuntimeException e) {
                    LOG.error("Cannot read the changed {}, keeping what was in force: {}", file, e.getMessage());
                }
            }
        }
        return content;
    }

    private long lastModified() {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    private T read() throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parser.parse(r);
        } catch (NoSuchFileException e) {
            if (whenMissing != null) {
                return whenMissing;
            }
            throw e;
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }
}
