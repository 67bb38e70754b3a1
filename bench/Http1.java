import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The benchmarks' HTTP client: plain blocking HTTP/1.1 over one kept-alive connection per client
 * thread. The load generator shares the 2 cores with the runtime it measures; the JDK's HttpClient
 * spent about 0.9 ms of CPU per request (its selector thread, futures and builders), which on this
 * machine took a quarter of the CPU away from the runtime. This one writes the request bytes and
 * reads the status, the headers it needs and the whole body, and nothing else; every request is
 * still a complete, authenticated HTTP request that the runtime parses and answers in full.
 * <p>
 * Not thread-safe: one per client thread.
 */
final class Http1 implements Closeable {

    record Response(int status, String body) {
    }

    private final String host;
    private final int port;
    private final String hostHeader;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream(8192);
    private final StringBuilder line = new StringBuilder(128);

    Http1(String baseUrl) {
        URI uri = URI.create(baseUrl);
        if (!"http".equals(uri.getScheme())) {
            throw new IllegalArgumentException("only http:// URLs: " + baseUrl);
        }
        host = uri.getHost();
        port = uri.getPort() < 0 ? 80 : uri.getPort();
        hostHeader = host + ":" + port;
    }

    Response get(String path, String authorization) throws IOException {
        return send("GET", path, authorization, null);
    }

    Response post(String path, String authorization, String json) throws IOException {
        return send("POST", path, authorization, json);
    }

    /**
     * Sends one request and reads its whole answer. A kept-alive connection that the runtime had
     * closed in the meantime (idle timeout) fails before a byte of the answer arrives: the request
     * is then sent once more on a new connection (the runtime did not read it).
     */
    Response send(String method, String path, String authorization, String json) throws IOException {
        byte[] payload = json == null ? null : json.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path)
                .append(" HTTP/1.1\r\nHost: ").append(hostHeader).append("\r\nAccept: application/json\r\n");
        if (authorization != null) {
            head.append("Authorization: ").append(authorization).append("\r\n");
        }
        if (payload != null) {
            head.append("Content-Type: application/json; charset=UTF-8\r\nContent-Length: ").append(payload.length)
                    .append("\r\n");
        }
        byte[] headBytes = head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        boolean reused = socket != null;
        try {
            return exchange(headBytes, payload);
        } catch (StaleConnection e) {
            if (!reused) {
                throw new IOException("connection closed before an answer", e);
            }
            close();
            return exchange(headBytes, payload);
        }
    }

    private Response exchange(byte[] head, byte[] payload) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), 5000);
            socket.setSoTimeout(120_000);
            in = new BufferedInputStream(socket.getInputStream(), 16384);
            // buffered: a small request's head and body leave in one write, as browsers and curl send
            // them (two writes on a socket without delay are two TCP segments, and the runtime then
            // reads the body apart)
            out = new BufferedOutputStream(socket.getOutputStream(), 8192);
        }
        try {
            out.write(head);
            if (payload != null) {
                out.write(payload);
            }
            out.flush();
        } catch (IOException e) {
            throw new StaleConnection(e);
        }
        String status;
        try {
            status = readLine(true);
        } catch (java.net.SocketException e) {
            throw new StaleConnection(e); // reset by the runtime before it answered
        }
        if (status == null) {
            throw new StaleConnection(new EOFException("no answer"));
        }
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closing = false;
        for (String h; !(h = readLine(false)).isEmpty(); ) {
            int colon = h.indexOf(':');
            String name = h.substring(0, colon).trim();
            String value = h.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) {
                length = Long.parseLong(value);
            } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                chunked = value.toLowerCase().contains("chunked");
            } else if (name.equalsIgnoreCase("Connection")) {
                closing = value.equalsIgnoreCase("close");
            }
        }
        body.reset();
        if (chunked) {
            for (long size; (size = Long.parseLong(chunkSize(readLine(false)), 16)) > 0; ) {
                copy(size);
                readLine(false);
            }
            while (!readLine(false).isEmpty()) {
                // trailers
            }
        } else if (length >= 0) {
            copy(length);
        } else {
            closing = true;
            in.transferTo(body);
        }
        String text = body.toString(StandardCharsets.UTF_8);
        if (closing) {
            close();
        }
        return new Response(code, text);
    }

    private static String chunkSize(String line) {
        int semicolon = line.indexOf(';');
        return (semicolon < 0 ? line : line.substring(0, semicolon)).trim();
    }

    private void copy(long n) throws IOException {
        byte[] buffer = new byte[8192];
        while (n > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, n));
            if (read < 0) {
                throw new EOFException("answer cut short");
            }
            body.write(buffer, 0, read);
            n -= read;
        }
    }

    /** A header line (ISO-8859-1), without its CRLF; null at the end of the stream when allowed. */
    private String readLine(boolean endAllowed) throws IOException {
        line.setLength(0);
        for (int b; (b = in.read()) != '\n'; ) {
            if (b < 0) {
                if (endAllowed && line.length() == 0) {
                    return null;
                }
                throw new EOFException("answer cut short");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
        }
    }

    private static final class StaleConnection extends IOException {
        private static final long serialVersionUID = 1L;

        StaleConnection(IOException cause) {
            super(cause);
        }
    }
}
