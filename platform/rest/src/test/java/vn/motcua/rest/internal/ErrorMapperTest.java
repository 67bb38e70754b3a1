package vn.motcua.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.EOFException;
import java.io.IOException;
import java.sql.SQLException;

import javax.ws.rs.core.Response;

import org.junit.Test;

import vn.motcua.dossier.ServiceUnavailableException;
import vn.motcua.rest.internal.Views.ErrorView;

/** Client faults are 4xx, a database that is down is a 503 with a JSON body, anything else a 500 without detail. */
public class ErrorMapperTest {

    private final ErrorMapper mapper = new ErrorMapper();

    @Test
    public void aBodyCutShortIsTheClientsFault() {
        Response r = mapper.toResponse(new EOFException("Early EOF"));
        assertEquals(400, r.getStatus());
        assertEquals("request.body-invalid", ((ErrorView) r.getEntity()).error());
        assertTrue(ErrorMapper.brokenBody(new RuntimeException(new EOFException())));
    }

    @Test
    public void otherFailuresStayUnexpectedWithAReferenceAndNoDetail() {
        assertFalse(ErrorMapper.brokenBody(new IOException("disk full")));
        Response r = mapper.toResponse(new IllegalStateException("secret detail"));
        assertEquals(500, r.getStatus());
        ErrorView view = (ErrorView) r.getEntity();
        assertFalse(view.message(), view.message().contains("secret"));
    }

    @Test
    public void theCoresUnavailableDatabaseIs503WithRetryAfter() {
        Response r = mapper.toResponse(new ServiceUnavailableException("Cơ sở dữ liệu tạm thời không truy cập được",
                new SQLException("Connection refused", "08001")));
        assertEquals(503, r.getStatus());
        assertEquals("5", r.getHeaderString("Retry-After"));
        ErrorView body = (ErrorView) r.getEntity();
        assertEquals("database.unavailable", body.error());
        assertEquals(503, body.status());
    }

    @Test
    public void aConnectionFailureFromAnywhereIs503() {
        RuntimeException wrapped = new RuntimeException("Exception [EclipseLink-4002]",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        assertEquals(503, mapper.toResponse(wrapped).getStatus());
        assertEquals(503, mapper.toResponse(new IllegalStateException(
                new SQLException("terminating connection due to administrator command", "57P01"))).getStatus());
    }

    @Test
    public void otherDatabaseErrorsStayUnexpected() {
        assertEquals(500, mapper.toResponse(new RuntimeException(
                new SQLException("duplicate key value violates unique constraint", "23505"))).getStatus());
    }
}
