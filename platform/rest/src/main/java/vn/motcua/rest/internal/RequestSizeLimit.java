package vn.motcua.rest.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import vn.motcua.rest.internal.Views.ErrorView;

/**
 * Refuses request bodies larger than the configured limit with 413, before anything reads them:
 * at once when the Content-Length says so, or as soon as a body sent without one (chunked) goes
 * past it. Applies to the bodies the API parses itself (JSON, text, forms); an endpoint that takes
 * files checks its own, larger limit.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
final class RequestSizeLimit implements ContainerRequestFilter {

    private final long maxBytes;

    RequestSizeLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!parsedHere(request.getMediaType())) {
            return;
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                request.abortWith(answer(400, "http.400", "Độ dài nội dung (Content-Length) không hợp lệ."));
                return;
            }
            if (declared > maxBytes) {
                request.abortWith(tooLarge());
                return;
            }
        }
        request.setEntityStream(new Limited(request.getEntityStream(), maxBytes));
    }

    /** Whether the API parses bodies of this type itself (no type counts: it will be refused later). */
    static boolean parsedHere(MediaType type) {
        if (type == null) {
            return true;
        }
        String t = type.getType().toLowerCase(java.util.Locale.ROOT);
        String s = type.getSubtype().toLowerCase(java.util.Locale.ROOT);
        return t.equals("text") || s.equals("json") || s.endsWith("+json") || s.equals("x-www-form-urlencoded")
                || s.equals("xml") || t.equals("*");
    }

    private Response tooLarge() {
        return answer(413, "request.too-large", "Nội dung gửi lên vượt quá giới hạn " + size(maxBytes) + ".");
    }

    private static Response answer(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ErrorView(status, code, message, null)).build();
    }

    /** A size as people read it: whole MiB or KiB when it is one, else bytes (1.048.576 → "1 MiB", 2000 → "2.000 byte"). */
    static String size(long bytes) {
        if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
            return vn.motcua.procedure.Fee.amountText(bytes >> 20) + " MiB";
        }
        if (bytes >= 1 << 10 && bytes % (1 << 10) == 0) {
            return vn.motcua.procedure.Fee.amountText(bytes >> 10) + " KiB";
        }
        return vn.motcua.procedure.Fee.amountText(bytes) + " byte";
    }

    /** Counts what is read and stops with 413 past the limit. */
    private final class Limited extends FilterInputStream {
        private long remaining;

        Limited(InputStream in, long limit) {
            super(in);
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) {
            remaining -= n;
            if (remaining < 0) {
                throw new WebApplicationException(tooLarge());
            }
        }
    }
}
