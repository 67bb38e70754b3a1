package vn.motcua.rest.internal;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;

/**
 * What must be refused before CXF sees a request, because CXF would turn it into a 500 (an HTML
 * page of the web server's own, with the exception's text): a Content-Type that does not parse or
 * names a charset Java does not know (415), an Accept header that does not parse (406). The answer
 * is the API's JSON error.
 */
@Component(service = Filter.class, property = {
    "osgi.http.whiteboard.filter.name=motcua-http-guard",
    "osgi.http.whiteboard.filter.servlet=motcua-api"})
public class HttpGuard implements Filter {

    @Override
    public void init(javax.servlet.FilterConfig config) {
        // nothing to set up
    }

    @Override
    public void destroy() {
        // nothing to release
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer) {
            String contentType = http.getContentType();
            if (contentType != null && !parses(contentType)) {
                refuse(answer, 415, "content-type.invalid", "Kiểu nội dung (Content-Type) không đúng cú pháp.");
                return;
            }
            String charset = charset(contentType);
            if (charset != null && !supported(charset)) {
                refuse(answer, 415, "charset.unsupported",
                        "Bảng mã (charset) của nội dung gửi lên không được hỗ trợ; hãy dùng UTF-8.");
                return;
            }
            for (java.util.Enumeration<String> accepts = http.getHeaders("Accept"); accepts.hasMoreElements(); ) {
                for (String accept : accepts.nextElement().split(",")) {
                    if (!accept.isBlank() && !(parses(accept.strip()) && qualityParses(accept.strip()))) {
                        refuse(answer, 406, "accept.invalid", "Tiêu đề Accept không đúng cú pháp.");
                        return;
                    }
                }
            }
        }
        chain.doFilter(request, response);
    }

    /** Whether JAX-RS can read the media type (it throws deep inside CXF otherwise). */
    static boolean parses(String mediaType) {
        try {
            javax.ws.rs.core.MediaType.valueOf(mediaType);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static final java.util.regex.Pattern QVALUE = java.util.regex.Pattern.compile("0(\\.\\d{0,3})?|1(\\.0{0,3})?");

    /**
     * Whether an Accept element's quality, if it has one, is an HTTP qvalue (RFC 9110 §12.4.2): CXF
     * reads its first character without looking, and an empty {@code q=} failed deep inside it.
     */
    static boolean qualityParses(String mediaType) {
        String q = javax.ws.rs.core.MediaType.valueOf(mediaType).getParameters().get("q");
        return q == null || QVALUE.matcher(q.strip()).matches();
    }

    private static void refuse(HttpServletResponse answer, int status, String code, String message) throws IOException {
        answer.setStatus(status);
        answer.setContentType("application/json;charset=UTF-8");
        answer.getOutputStream().write(("{\"status\":" + status + ",\"error\":\"" + code + "\",\"message\":\""
                + message + "\",\"problems\":null,\"current\":null}").getBytes(StandardCharsets.UTF_8));
    }

    /** The charset parameter of a Content-Type, or null when there is none. */
    static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                return p.substring(8).strip().replace("\"", "");
            }
        }
        return null;
    }

    static boolean supported(String charset) {
        try {
            return !charset.isEmpty() && Charset.isSupported(charset);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }
}
