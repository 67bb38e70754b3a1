package vn.motcua.rest.internal;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.ext.ExceptionMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import vn.motcua.dossier.DossierException;
import vn.motcua.dossier.ForbiddenException;
import vn.motcua.dossier.InvalidTransitionException;
import vn.motcua.dossier.NotFoundException;
import vn.motcua.dossier.ServiceUnavailableException;
import vn.motcua.dossier.ValidationException;
import vn.motcua.rest.internal.Views.ErrorView;

/**
 * The one place where errors become HTTP answers: a JSON body with the status, a machine code and
 * a Vietnamese message; never a stack trace. Unexpected errors are logged with a reference that
 * the answer quotes.
 */
public class ErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    /** The request's security context (CXF injects a proxy to the current request's). */
    @Context
    private SecurityContext security;

    /**
     * Whether reading the request body failed because of what the client sent: it ended early
     * (EOFException, Jetty's EofException) or its transfer encoding was broken (Jetty's
     * BadMessageException, named, not imported: the web server is not an API of this bundle).
     */
    static boolean brokenBody(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.io.EOFException || t.getClass().getName().endsWith(".BadMessageException")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof ValidationException v) {
            return answer(422, v.code(), v.getMessage(), v.problems());
        }
        if (e instanceof NotFoundException n) {
            return answer(404, n.code(), n.getMessage(), null);
        }
        if (e instanceof ForbiddenException f) {
            return answer(403, f.code(), f.getMessage(), null);
        }
        if (e instanceof InvalidTransitionException t) {
            // the dossier as it now stands helps an official who acted on a stale page; it holds the
            // applicant's ID number, contacts and form data, so a public (unauthenticated) request,
            // made with a code and four digits, never gets it
            boolean official = security != null && security.getUserPrincipal() instanceof ActorSecurityContext.ActorPrincipal;
            return Response.status(409).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(new ErrorView(409, t.code(), t.getMessage(), null,
                            t.current() == null || !official ? null : Views.DossierView.of(t.current()))).build();
        }
        if (e instanceof ServiceUnavailableException || unreachableDatabase(e)) {
            return unavailable(e);
        }
        if (e instanceof vn.motcua.dossier.AccountLockedException l) {
            return answer(423, l.code(), l.getMessage(), null);
        }
        if (e instanceof vn.motcua.dossier.FileRejectedException r) {
            int status = switch (r.reason()) {
                case TYPE -> 415;
                case SIZE -> 413;
                case EMPTY -> 400;
            };
            return answer(status, r.code(), r.getMessage(), null);
        }
        if (e instanceof vn.motcua.dossier.StorageException s) {
            return answer(507, s.code(), s.getMessage(), null);
        }
        if (e instanceof vn.motcua.dossier.AuthenticationException a) {
            return answer(401, a.code(), a.getMessage(), null);
        }
        if (e instanceof vn.motcua.dossier.ProcedureFailureException p) {
            return answer(500, p.code(), p.getMessage(), null); // logged by the core, with the bundle
        }
        if (e instanceof DossierException d) {
            return answer(409, d.code(), d.getMessage(), null);
        }
        if (e instanceof BadRequestException b) {
            return answer(400, b.code(), b.getMessage(), null);
        }
        if (e instanceof JsonProcessingException j) {
            return answer(400, "json.invalid", describe(j), null);
        }
        if (brokenBody(e)) {
            return answer(400, "request.body-invalid",
                    "Nội dung yêu cầu bị cắt ngang hoặc mã hóa truyền sai (chunked); không có gì được lưu.", null);
        }
        if (e instanceof WebApplicationException w) {
            if (w.getResponse().getEntity() instanceof ErrorView) {
                return w.getResponse(); // already an answer (429 from the rate limits)
            }
            if (w.getCause() instanceof JsonProcessingException j) {
                return answer(400, "json.invalid", describe(j), null);
            }
            int status = w.getResponse().getStatus();
            if (status >= 500) {
                return unexpected(e);
            }
            return answer(status, "http." + status, httpMessage(status), null);
        }
        return unexpected(e);
    }

    /**
     * 503 with a JSON body and Retry-After: the database is down or restarting. Nothing was stored,
     * and the same request succeeds once it is back.
     */
    static Response unavailable(Throwable e) {
        LOG.debug("Answered 503: {}", e.toString());
        return Response.status(503).header("Retry-After", "5").type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ErrorView(503, ServiceUnavailableException.CODE, e instanceof ServiceUnavailableException
                        ? e.getMessage() : UNAVAILABLE, null)).build();
    }

    static final String UNAVAILABLE = "Cơ sở dữ liệu tạm thời không truy cập được; vui lòng thử lại sau ít phút.";

    /**
     * A database failure that did not come through the core's own translation (a service that
     * reached the database another way): SQL state class 08, or PostgreSQL's 57P01–57P03.
     */
    static boolean unreachableDatabase(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 20; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof ServiceUnavailableException || t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof java.sql.SQLException s && s.getSQLState() != null
                    && (s.getSQLState().startsWith("08") || s.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    private static Response unexpected(Throwable e) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Unexpected error, reference {}", reference, e);
        return answer(500, "internal", "Lỗi hệ thống. Mã tham chiếu: " + reference
                + ". Vui lòng báo quản trị viên.", null);
    }

    private static Response answer(int status, String code, String message, List<?> problems) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ErrorView(status, code, message, problems)).build();
    }

    /** What is wrong with a JSON body, without Java class names. */
    static String describe(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return "Nội dung JSON vượt quá giới hạn cho phép.";
        }
        if (e instanceof JsonParseException p && p.getLocation() != null) {
            return "Nội dung JSON sai cú pháp (dòng " + p.getLocation().getLineNr() + ", cột "
                    + p.getLocation().getColumnNr() + ").";
        }
        if (e instanceof JsonMappingException m) {
            String path = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String where = path.isEmpty() ? "Nội dung JSON" : "Trường '" + path + "'";
            if (m instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
                String allowed = java.util.Arrays.stream(f.getTargetType().getEnumConstants())
                        .map(Object::toString).collect(Collectors.joining(", "));
                return where + ": giá trị '" + Params.clip(String.valueOf(f.getValue()))
                        + "' không hợp lệ; nhận một trong: " + allowed + ".";
            }
            if (m instanceof InvalidFormatException f) {
                return where + ": giá trị '" + Params.clip(String.valueOf(f.getValue())) + "' sai kiểu dữ liệu.";
            }
            if (m instanceof com.fasterxml.jackson.databind.exc.ValueInstantiationException v
                    && v.getCause() instanceof IllegalArgumentException cause && cause.getMessage() != null) {
                // a value the type itself refuses (a list field without its choices): its reason, not "wrong type"
                return where + ": " + Params.clip(cause.getMessage(), 300) + ".";
            }
            if (path.isEmpty()) {
                return "Nội dung JSON không đúng dạng yêu cầu (cần một đối tượng JSON).";
            }
            return where + ": sai kiểu dữ liệu.";
        }
        return "Nội dung JSON không hợp lệ.";
    }

    private static String httpMessage(int status) {
        return switch (status) {
            case 401 -> "Cần đăng nhập.";
            case 403 -> "Không có quyền thực hiện.";
            case 404 -> "Không có địa chỉ này trong API.";
            case 405 -> "Phương thức HTTP không được hỗ trợ tại địa chỉ này.";
            case 406 -> "Không trả được dữ liệu theo định dạng yêu cầu (Accept).";
            case 413 -> "Nội dung yêu cầu quá lớn.";
            case 429 -> "Quá nhiều yêu cầu; vui lòng thử lại sau ít phút.";
            case 415 -> "Định dạng nội dung không được hỗ trợ: hãy gửi application/json.";
            default -> "Yêu cầu không hợp lệ (HTTP " + status + ").";
        };
    }
}
