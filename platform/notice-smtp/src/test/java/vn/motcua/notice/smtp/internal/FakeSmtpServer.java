package vn.motcua.notice.smtp.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A mail server that speaks just enough SMTP (RFC 5321, no TLS, no sign-in) to take messages, one
 * connection at a time, and keeps what it was given: the envelope's recipients and the message.
 */
final class FakeSmtpServer implements AutoCloseable {

    record Received(String mailFrom, List<String> recipients, String data) {
    }

    final List<Received> received = new CopyOnWriteArrayList<>();
    /** Answer every recipient 550, as a server that knows no such mailbox. */
    volatile boolean rejectRecipients;
    private final ServerSocket server;
    private final Thread thread;

    FakeSmtpServer() throws IOException {
        server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "fake-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                session(s);
            } catch (IOException e) {
                // closed, or the client went away: the next connection
            }
        }
    }

    private void session(Socket s) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = s.getOutputStream();
        reply(out, "220 fake.smtp ESMTP");
        String from = null;
        List<String> to = new CopyOnWriteArrayList<>();
        for (String line; (line = in.readLine()) != null; ) {
            String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
            switch (verb) {
                case "EHLO" -> reply(out, "250-fake.smtp\r\n250 8BITMIME");
                case "HELO" -> reply(out, "250 fake.smtp");
                case "MAIL" -> {
                    from = line.substring(line.indexOf(':') + 1).strip();
                    reply(out, "250 OK");
                }
                case "RCPT" -> {
                    if (rejectRecipients) {
                        reply(out, "550 5.1.1 user unknown");
                    } else {
                        to.add(line.substring(line.indexOf(':') + 1).strip());
                        reply(out, "250 OK");
                    }
                }
                case "DATA" -> {
                    reply(out, "354 End data with <CR><LF>.<CR><LF>");
                    StringBuilder data = new StringBuilder();
                    for (String d; (d = in.readLine()) != null && !d.equals("."); ) {
                        data.append(d.startsWith("..") ? d.substring(1) : d).append("\r\n");
                    }
                    received.add(new Received(from, List.copyOf(to), data.toString()));
                    to.clear();
                    reply(out, "250 OK queued");
                }
                case "QUIT" -> {
                    reply(out, "221 Bye");
                    return;
                }
                default -> reply(out, "250 OK");
            }
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
