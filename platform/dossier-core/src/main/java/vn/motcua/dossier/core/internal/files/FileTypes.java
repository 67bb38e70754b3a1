package vn.motcua.dossier.core.internal.files;

import java.util.Arrays;
import java.util.Locale;

/**
 * The file types a dossier accepts, recognised by their first bytes (magic numbers), never by the
 * name or the Content-Type alone: a renamed executable or an HTML page sent as "image/png" is refused.
 */
enum FileTypes {
    PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    /** Enough bytes to recognise every type. */
    static final int SNIFF_BYTES = 8;

    private final String mediaType;
    private final String extension;
    private final byte[] magic;

    FileTypes(String mediaType, String extension, byte[] magic) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.magic = magic;
    }

    String mediaType() {
        return mediaType;
    }

    String extension() {
        return extension;
    }

    /** The type whose magic number starts {@code head}, or null. */
    static FileTypes sniff(byte[] head, int length) {
        for (FileTypes t : values()) {
            if (length >= t.magic.length && Arrays.equals(head, 0, t.magic.length, t.magic, 0, t.magic.length)) {
                return t;
            }
        }
        return null;
    }

    /**
     * Whether a declared Content-Type agrees with the sniffed type: absent, generic
     * (application/octet-stream) or the same media type (parameters ignored; image/jpg and
     * image/pjpeg taken for JPEG).
     */
    static boolean agrees(String declared, FileTypes sniffed) {
        if (declared == null || declared.isBlank()) {
            return true;
        }
        String media = declared.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (media.equals("application/octet-stream")) {
            return true;
        }
        if (sniffed == JPEG && (media.equals("image/jpg") || media.equals("image/pjpeg"))) {
            return true;
        }
        return media.equals(sniffed.mediaType);
    }
}
