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
    private final long checkEveryMillis;
    private volatile Stamp modified;
    private volatile long nextCheck;

    /**
     * @param whenMissing the content while the file does not exist, or null when it must exist
     * @throws IOException when the file is missing (and must exist) or malformed at start
     */
    WatchedFile(Path file, Parser<T> parser, T whenMissing) throws IOException {
        this(file, parser, whenMissing, CHECK_EVERY_MILLIS);
    }

    WatchedFile(Path file, Parser<T> parser, T whenMissing, long checkEveryMillis) throws IOException {
        this.checkEveryMillis = checkEveryMillis;
        this.file = file;
        this.parser = parser;
        this.whenMissing = whenMissing;
        this.modified = lastModified();
        this.content = read();
        this.nextCheck = System.currentTimeMillis() + checkEveryMillis;
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
            nextCheck = now + checkEveryMillis;
            Stamp m = lastModified();
            if (!m.equals(modified)) {
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

    /**
     * What tells a changed file: its modification time at full resolution, its size and its identity
     * (a file put in place by mv is another file). Milliseconds alone missed a backup copied and the
     * original appended to within the same millisecond, then moved back.
     */
    private record Stamp(java.nio.file.attribute.FileTime time, long size, Object key) {
    }

    private static final Stamp MISSING = new Stamp(null, -1, null);

    private Stamp lastModified() {
        try {
            java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(file,
                    java.nio.file.attribute.BasicFileAttributes.class);
            return new Stamp(a.lastModifiedTime(), a.size(), a.fileKey());
        } catch (IOException e) {
            return MISSING;
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
