package vn.motcua.console.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;

/**
 * What answers a path no other servlet serves: the bare address leads to the console; a path under
 * {@code /api/} is the REST API while it is away (its bundles being refreshed or restarted), which
 * gets a JSON 503 to retry rather than a 404 that would say a dossier does not exist; anything else
 * gets a short Vietnamese page instead of the web server's own.
 */
@Component(service = Servlet.class, property = {
    "osgi.http.whiteboard.servlet.pattern=/",
    "osgi.http.whiteboard.servlet.name=motcua-root"
})
public class RootServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String UNAVAILABLE = "{\"status\":503,\"error\":\"service.unavailable\",\"message\":"
            + "\"Hệ thống đang khởi động hoặc cập nhật, vui lòng thử lại sau ít giây.\"}";

    static final String NOT_FOUND = "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
            + "<title>Không tìm thấy trang – Một cửa điện tử</title></head><body><h1>Không tìm thấy trang</h1>"
            + "<p>Địa chỉ này không có trên hệ thống. Về <a href=\"/console/\">trang Một cửa điện tử</a> hoặc "
            + "<a href=\"/console/cong-dan/\">trang tra cứu, nộp hồ sơ của công dân</a>.</p></body></html>";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // the decoded, normalized path (".." resolved), as the container matched it
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.equals("/") && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            response.sendRedirect("/console/");
            return;
        }
        if (path.equals("/api") || path.startsWith("/api/")) {
            response.setHeader("Retry-After", "5");
            write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "application/json; charset=utf-8",
                    UNAVAILABLE);
            return;
        }
        write(response, HttpServletResponse.SC_NOT_FOUND, "text/html; charset=utf-8", NOT_FOUND);
    }

    private static void write(HttpServletResponse response, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(type);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
