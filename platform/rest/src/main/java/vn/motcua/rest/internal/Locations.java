package vn.motcua.rest.internal;

import java.net.URI;

import javax.ws.rs.core.UriBuilder;

/**
 * The {@code Location} of something just created, under the API's base address. CXF's
 * {@code UriBuilder} parses a template for every segment it appends and every URI it builds (2 % of
 * a reception's CPU); a dossier code needs none of that, so segments made only of characters that
 * never need escaping in a path are appended as they are, and anything else goes through the
 * builder, which escapes it.
 */
final class Locations {

    private Locations() {
    }

    static URI under(URI base, String... segments) {
        StringBuilder s = new StringBuilder(base.toString());
        if (s.length() == 0 || s.charAt(s.length() - 1) != '/') {
            s.append('/');
        }
        for (int i = 0; i < segments.length; i++) {
            if (!plain(segments[i])) {
                UriBuilder b = UriBuilder.fromUri(base);
                for (String segment : segments) {
                    b.path(segment);
                }
                return b.build();
            }
            s.append(segments[i]);
            if (i < segments.length - 1) {
                s.append('/');
            }
        }
        return URI.create(s.toString());
    }

    /** Letters, digits and {@code . - _ ~} (RFC 3986 unreserved), and not empty. */
    private static boolean plain(String segment) {
        if (segment.isEmpty()) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '-' || c == '_' || c == '~')) {
                return false;
            }
        }
        return true;
    }
}
