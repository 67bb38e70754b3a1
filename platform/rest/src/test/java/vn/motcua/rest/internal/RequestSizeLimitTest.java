package vn.motcua.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.junit.Test;

public class RequestSizeLimitTest {

    /** A request context that holds a body, a type and a Content-Length, and records what the filter does. */
    private static final class Request {
        final Map<String, Object> state = new HashMap<>();

        Request(MediaType type, String contentLength, byte[] body) {
            state.put("type", type);
            state.put("length", contentLength);
            state.put("stream", new ByteArrayInputStream(body));
        }

        ContainerRequestContext context() {
            return (ContainerRequestContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {ContainerRequestContext.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "getMediaType" -> state.get("type");
                        case "getHeaderString" -> "Content-Length".equalsIgnoreCase((String) args[0])
                                ? state.get("length") : null;
                        case "getEntityStream" -> state.get("stream");
                        case "setEntityStream" -> state.put("stream", args[0]);
                        case "abortWith" -> state.put("aborted", args[0]);
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }

        Response aborted() {
            return (Response) state.get("aborted");
        }

        InputStream stream() {
            return (InputStream) state.get("stream");
        }
    }

    private final RequestSizeLimit limit = new RequestSizeLimit(100);

    @Test
    public void aDeclaredLengthOverTheLimitIsRefusedBeforeReading() {
        Request r = new Request(MediaType.APPLICATION_JSON_TYPE, "101", new byte[101]);
        limit.filter(r.context());
        assertEquals(413, r.aborted().getStatus());
        assertEquals("request.too-large", ((Views.ErrorView) r.aborted().getEntity()).error());
    }

    @Test
    public void aBodyWithoutLengthIsStoppedWhenItGoesPastTheLimit() throws Exception {
        Request r = new Request(MediaType.APPLICATION_JSON_TYPE, null, new byte[150]);
        limit.filter(r.context());
        assertNull(r.aborted());
        InputStream in = r.stream();
        assertEquals(100, in.readNBytes(100).length);
        try {
            in.read(new byte[10]);
            fail("read past the limit");
        } catch (WebApplicationException e) {
            assertEquals(413, e.getResponse().getStatus());
        }
    }

    @Test
    public void aBodyWithinTheLimitIsReadWhole() throws Exception {
        Request r = new Request(MediaType.valueOf("application/json; charset=UTF-8"), "100", new byte[100]);
        limit.filter(r.context());
        assertNull(r.aborted());
        assertEquals(100, r.stream().readAllBytes().length);
    }

    @Test
    public void aMalformedContentLengthIsABadRequest() {
        Request r = new Request(MediaType.APPLICATION_JSON_TYPE, "12abc", new byte[1]);
        limit.filter(r.context());
        assertEquals(400, r.aborted().getStatus());
    }

    @Test
    public void filesAreLeftToTheirEndpoint() {
        assertFalse(RequestSizeLimit.parsedHere(MediaType.valueOf("application/pdf")));
        assertFalse(RequestSizeLimit.parsedHere(MediaType.valueOf("image/png")));
        assertFalse(RequestSizeLimit.parsedHere(MediaType.MULTIPART_FORM_DATA_TYPE));
        assertTrue(RequestSizeLimit.parsedHere(MediaType.TEXT_PLAIN_TYPE));
        assertTrue(RequestSizeLimit.parsedHere(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
        assertTrue(RequestSizeLimit.parsedHere(null));
        Request r = new Request(MediaType.valueOf("application/pdf"), "5000", new byte[1]);
        limit.filter(r.context());
        assertNull(r.aborted());
    }
}
