package vn.motcua.rest.internal;

import static org.junit.Assert.assertEquals;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Every operation the resources serve is in the OpenAPI description, and nothing else. */
public class OpenApiCoverageTest {

    static final List<Class<?>> RESOURCES = List.of(ProceduresResource.class, DossiersResource.class,
            DossierResource.class, DossierTransitionsResource.class, AgenciesResource.class, CalendarResource.class, OpenApiResource.class, PublicResource.class,
            CatalogueResource.class, AdminProceduresResource.class, ReportsResource.class,
            SimulationsResource.class, SessionResource.class, AdminUsersResource.class, OutboxResource.class);

    @Test
    public void theDescriptionListsExactlyTheServedOperations() throws Exception {
        Set<String> served = new TreeSet<>();
        for (Class<?> r : RESOURCES) {
            String base = r.getAnnotation(Path.class).value();
            for (Method m : r.getDeclaredMethods()) {
                String verb = m.isAnnotationPresent(GET.class) ? "get" : m.isAnnotationPresent(POST.class) ? "post"
                        : m.isAnnotationPresent(PUT.class) ? "put" : m.isAnnotationPresent(DELETE.class) ? "delete" : null;
                if (verb == null) {
                    continue;
                }
                Path sub = m.getAnnotation(Path.class);
                served.add(verb + " " + (base + (sub == null ? "" : sub.value())).replace("//", "/"));
            }
        }
        Set<String> described = new TreeSet<>();
        try (InputStream in = OpenApiResource.class.getResourceAsStream("openapi.json")) {
            JsonNode paths = new ObjectMapper().readTree(in).get("paths");
            paths.fieldNames().forEachRemaining(path -> paths.get(path).fieldNames()
                    .forEachRemaining(verb -> described.add(verb.toLowerCase(Locale.ROOT) + " " + path)));
        }
        assertEquals(served, described);
    }
}
