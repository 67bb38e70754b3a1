package vn.motcua.console.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.util.Map;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;

/**
 * Serves the console's static files (under {@code /static} in this bundle) at {@code /console/}
 * through the HTTP whiteboard, with headers that keep a page from running anything but its own
 * scripts: the Content-Security-Policy allows no inline script and no other origin, so even a
 * value that escaped escaping could not run.
 */
@Component(service = Servlet.class, property = {
    "osgi.http.whiteboard.servlet.pattern=/console/*",
    "osgi.http.whiteboard.servlet.name=motcua-console"
})
public class ConsoleServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=UTF-8",
            "css", "text/css; charset=UTF-8",
            "js", "text/javascript; charset=UTF-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "json", "application/json; charset=UTF-8");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = resourcePath(request.getPathInfo());
        if (path == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (path.isEmpty()) {
            // a folder without its slash: relative links in its page need the slash
            response.sendRedirect(request.getRequestURI() + "/");
            return;
        }
        URL resource = ConsoleServlet.class.getResource("/static" + path);
        if (resource == null && !path.contains(".")) {
            response.sendRedirect(request.getRequestURI() + "/");
            return;
        }
        if (resource == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String extension = path.substring(path.lastIndexOf('.') + 1);
        response.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cache-Control", "no-cache");
        try (InputStream in = resource.openStream(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    /**
     * The file a request path names: "/" and folders ending in "/" mean their index.html; "" (an
     * empty string) means a folder asked for without its trailing slash; null means a path that is
     * refused (parent segments, backslashes, hidden files).
     */
    static String resourcePath(String pathInfo) {
        if (pathInfo == null) {
            return "";
        }
        if (pathInfo.contains("..") || pathInfo.contains("\\") || pathInfo.contains("/.") || pathInfo.contains("//")
                || pathInfo.contains("\0")) {
            return null;
        }
        if (pathInfo.endsWith("/")) {
            return pathInfo + "index.html";
        }
        return pathInfo;
    }
}
