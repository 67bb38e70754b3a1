package vn.motcua.dossier.core.internal.portal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A file the default adapters append their lines to. It stays open between lines, since the
 * outbox delivers more than a thousand messages a second under load and opening the file for each
 * one was a tenth of the delivery's cost; once a second it checks that the path still names the
 * file it has open, so a file rotated or deleted away is created again.
 */
final class AppendedFile {

    /** How often the open file is checked against the path. */
    long recheckNanos = 1_000_000_000L;

    private Path file;
    private FileChannel channel;
    private Object channelKey;
    private long checkedAt;

    /** @param path as configured: ${karaf.data} is Karaf's data folder */
    AppendedFile(String path) {
        moveTo(path);
    }

    /** The next line goes to this path (a configuration changed); the file open so far is closed. */
    synchronized void moveTo(String path) {
        close();
        file = Path.of(path.replace("${karaf.data}", System.getProperty("karaf.data", "data")));
    }

    /**
     * Appends the line (with its line break) before it returns, to the operating system: the line
     * is as safe as a line of any log.
     */
    synchronized void append(String line) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        FileChannel out = open();
        try {
            while (bytes.hasRemaining()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            close(); // opened afresh for the next attempt
            throw e;
        }
    }

    synchronized void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing was pending: every line is written before append returns
            }
            channel = null;
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
