package vn.motcua.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;
import org.osgi.framework.Bundle;

import com.fasterxml.jackson.databind.JsonNode;

/** The assembly boots whole and serves its catalogue, agencies, calendar and API description. */
public class PlatformIT extends MotcuaTestSupport {

    @Test
    public void everyBundleIsActive() {
        List<String> notActive = new ArrayList<>();
        for (Bundle b : bundleContext.getBundles()) {
            boolean fragment = b.getHeaders().get("Fragment-Host") != null;
            if (b.getState() != Bundle.ACTIVE && !(fragment && b.getState() == Bundle.RESOLVED)) {
                notActive.add(b.getSymbolicName() + " (state " + b.getState() + ")");
            }
        }
        assertEquals("bundles not active: " + notActive, List.of(), notActive);
    }

    /**
     * Felix FileInstall used to write each configuration it loaded back into its file, in place: a
     * first boot rewrote every etc/*.cfg while FileInstall's own watcher polled them, and a poll that
     * read one half-written loaded it empty (etc/org.ops4j.pax.web.cfg once: the runtime came up on
     * port 8080). This container's boot was a first boot: the files it ships must be as unpacked.
     */
    @Test
    public void theFirstBootWritesNoConfigurationFile() throws Exception {
        long jvmStarted = ManagementFactory.getRuntimeMXBean().getStartTime();
        Path etc = Path.of(System.getProperty("karaf.etc"));
        List<String> rewritten = new ArrayList<>();
        for (String name : List.of("org.ops4j.pax.web.cfg", "org.apache.karaf.shell.cfg",
                "org.apache.karaf.features.cfg", "org.ops4j.datasource-motcua.cfg", "org.ops4j.pax.logging.cfg",
                "org.ops4j.pax.url.mvn.cfg", "org.apache.karaf.jaas.cfg", "org.apache.karaf.log.cfg")) {
            if (Files.getLastModifiedTime(etc.resolve(name)).toMillis() >= jvmStarted) {
                rewritten.add(name);
            }
        }
        assertTrue("rewritten by the boot: " + rewritten, rewritten.isEmpty());
    }

    @Test
    public void servesTheInstalledProceduresWithTheirDocuments() throws Exception {
        JsonNode all = get("/api/procedures", null).json();
        List<String> codes = new ArrayList<>();
        all.forEach(p -> codes.add(p.get("code").asText()));
        assertTrue(codes.toString(), codes.containsAll(List.of("2.000815", "2.000884", "2.001035", "2.001019")));

        JsonNode copy = get("/api/procedures/2.000815", null).json();
        assertEquals("Chứng thực", copy.at("/field/name").asText());
        assertEquals("SAME_DAY", copy.at("/timeLimit/unit").asText());
        assertEquals("ban-chinh", copy.at("/documents/0/code").asText());
        assertTrue(copy.at("/documents/0/countsPages").asBoolean());

        assertEquals("no bundle offers land procedures", 0, get("/api/procedures?field=dat-dai", null).json().size());
        assertEquals("4 from the notarization bundle, 2.000908 defined as data", 5,
                get("/api/procedures?field=chung-thuc", null).json().size());
        Answer missing = get("/api/procedures/9.999999", null);
        assertEquals(404, missing.status());
        assertEquals("procedure.not-found", missing.json().get("error").asText());
    }

    @Test
    public void servesTheDemoProvinceAgencies() throws Exception {
        JsonNode agencies = get("/api/agencies", null).json();
        assertEquals(21, agencies.size());
        assertEquals("PROVINCE", agencies.get(0).get("level").asText());
        JsonNode voCuong = get("/api/agencies/" + VO_CUONG, null).json();
        assertEquals("UBND phường Võ Cường", voCuong.get("name").asText());
        assertEquals("000.00.01.H07", voCuong.get("parent").asText());
    }

    @Test
    public void calendarAnswersDaysAndDueDates() throws Exception {
        JsonNode days = get("/api/calendar/days?from=2030-02-01&to=2030-02-04", null).json();
        assertEquals(4, days.size());
        JsonNode tet = days.get(1);
        assertEquals("2030-02-02", tet.get("date").asText());
        assertFalse(tet.get("working").asBoolean());
        assertEquals("Tết Nguyên đán", tet.get("reason").asText());
        assertTrue(tet.get("provisional").asBoolean());
        assertEquals(1, tet.at("/lunar/day").asInt());
        assertEquals(1, tet.at("/lunar/month").asInt());
        assertEquals(2030, tet.at("/lunar/year").asInt());

        JsonNode due = get("/api/calendar/due?receivedAt=2018-02-13T15:30&amount=2&unit=WORKING_DAYS", null).json();
        assertEquals("2018-02-13T15:30:00", due.get("receivedAt").asText());
        assertEquals("2018-02-21T07:30:00", due.get("countFrom").asText());
        assertEquals("2018-02-22T17:30:00", due.get("dueAt").asText());

        JsonNode sameDay = get("/api/calendar/due?receivedAt=2025-04-25T15:00&unit=SAME_DAY", null).json();
        assertEquals("a Friday at 15:00 is due on the make-up Saturday 26/4/2025",
                "2025-04-26T17:30:00", sameDay.get("dueAt").asText());

        Answer bad = get("/api/calendar/due?receivedAt=2018-02-13T15:30&amount=2&unit=WEEKS", null);
        assertEquals(400, bad.status());
        assertTrue(bad.body(), bad.json().get("message").asText().contains("WORKING_DAYS"));
        assertEquals(400, get("/api/calendar/days?from=2030-02-10&to=2030-02-01", null).status());
        assertEquals(400, get("/api/calendar/days?from=02/10/2030&to=2030-02-11", null).status());
    }

    @Test
    public void describesItselfInOpenApi() throws Exception {
        JsonNode doc = get("/api/openapi.json", null).json();
        assertTrue(doc.get("openapi").asText().startsWith("3."));
        for (String path : List.of("/procedures", "/procedures/{code}", "/dossiers", "/dossiers/{code}",
                "/dossiers/{code}/receipt", "/dossiers/{code}/audit", "/agencies", "/agencies/{code}",
                "/calendar/days", "/calendar/due", "/dossiers/{code}/transitions", "/dossiers/{code}/slips/{slip}",
                "/agencies/{code}/tracking-book", "/public/dossiers", "/public/dossiers/{code}",
                "/public/dossiers/{code}/supplement")) {
            assertTrue("OpenAPI lacks " + path, doc.get("paths").has(path));
        }
    }

    @Test
    public void unknownAddressesAndMethodsAnswerJson() throws Exception {
        Answer nowhere = get("/api/nowhere", null);
        assertEquals(404, nowhere.status());
        assertEquals("http.404", nowhere.json().get("error").asText());
        // the bare address leads to the console; elsewhere a page in Vietnamese, not the web server's
        Answer root = get("/", null);
        assertEquals(302, root.status());
        assertTrue(root.raw().headers().toString(), root.raw().headers().firstValue("Location").orElse("").endsWith("/console/"));
        Answer page = get("/trang-khong-co", null);
        assertEquals(404, page.status());
        assertTrue(page.body(), page.body().contains("Không tìm thấy trang"));
    }

    @Test
    public void theApiAnswers503ToRetryWhileItsBundleIsAway() throws Exception {
        Bundle rest = bundle("vn.motcua.rest");
        rest.stop();
        try {
            // a refresh (feature:install without -r) takes it away for a moment: not a 404 "no such dossier"
            Answer away = get("/api/dossiers/000.10.01.H07-261130-0001", "tn.vocuong");
            assertEquals(away.body(), 503, away.status());
            assertEquals("service.unavailable", away.json().get("error").asText());
            assertEquals("5", away.raw().headers().firstValue("Retry-After").orElse(""));
        } finally {
            rest.start();
        }
        awaitRuntime();
        waitUntil("the API back", () -> get("/api/procedures", null).status() == 200);
    }
}
