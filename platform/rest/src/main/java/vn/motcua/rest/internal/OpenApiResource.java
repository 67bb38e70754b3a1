package vn.motcua.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;

/** The OpenAPI 3 description of this API, written alongside the resources. */
@Component(service = OpenApiResource.class)
@Path("/openapi.json")
public class OpenApiResource {

    private final byte[] document;

    public OpenApiResource() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream("openapi.json")) {
            document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public byte[] get() {
        return document;
    }
}
