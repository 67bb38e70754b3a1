package vn.motcua.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.EOFException;
import java.io.IOException;

import javax.ws.rs.core.Response;

import org.junit.Test;

public class ErrorMapperTest {

    private final ErrorMapper mapper = new ErrorMapper();

    @Test
    public void aBodyCutShortIsTheClientsFault() {
        Response r = mapper.toResponse(new EOFException("Early EOF"));
        assertEquals(400, r.getStatus());
        assertEquals("request.body-invalid", ((Views.ErrorView) r.getEntity()).error());
        assertTrue(ErrorMapper.brokenBody(new RuntimeException(new EOFException())));
    }

    @Test
    public void otherFailuresStayUnexpectedWithAReferenceAndNoDetail() {
        assertFalse(ErrorMapper.brokenBody(new IOException("disk full")));
        Response r = mapper.toResponse(new IllegalStateException("secret detail"));
        assertEquals(500, r.getStatus());
        Views.ErrorView view = (Views.ErrorView) r.getEntity();
        assertFalse(view.message(), view.message().contains("secret"));
    }
}
