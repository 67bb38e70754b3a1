package vn.motcua.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.After;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The runtime killed with SIGKILL in the middle of an intake load, then started again: every
 * dossier that had been answered 201 is there, intact, with its audit trail, and codes stay
 * unique. Runs the assembly just built as a process of its own (a copy under target/), not in
 * Pax Exam, because the point is the process dying.
 */
public class CrashIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] CLERKS = {"tn.vocuong", "tn.vuninh", "tn.thicau", "tn.kimchan"};
    private static final Map<String, String> AGENCY = Map.of("tn.vocuong", "000.10.01.H07", "tn.vuninh",
            "000.01.01.H07", "tn.thicau", "000.03.01.H07", "tn.kimchan", "000.15.01.H07");
    private static final Pattern CODE = Pattern.compile("\"code\":\"([^\"]+)\"");

    private AssemblyProcess runtime;

    @After
    public void stop() {
        if (runtime != null) {
            runtime.kill();
        }
    }

    @Test
    public void everyAnsweredDossierSurvivesASigkillInTheMiddleOfIntake() throws Exception {
        runtime = new AssemblyProcess("crash-runtime");
        runtime.start();
        // intake from 8 clients until the kill; what was answered 201 is what must survive
        Map<String, String> answered = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger attempts = new AtomicInteger();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            String clerk = CLERKS[c % CLERKS.length];
            Thread t = new Thread(() -> {
                while (!stop.get()) {
                    String name = "Người Nộp " + attempts.incrementAndGet();
                    try {
                        HttpResponse<String> r = runtime.post("/api/dossiers", clerk,
                                AssemblyProcess.reception(AGENCY.get(clerk), name));
                        if (r.statusCode() == 201) {
                            Matcher m = CODE.matcher(r.body());
                            assertTrue(r.body(), m.find());
                            answered.put(m.group(1), name);
                        }
                    } catch (IOException | InterruptedException e) {
                        // the runtime is gone: what was not answered may or may not be stored
                    }
                }
            });
            t.start();
            clients.add(t);
        }
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (answered.size() < 300 && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertTrue("the load did not get going: " + answered.size() + " answered", answered.size() >= 300);
        runtime.kill();
        stop.set(true);
        for (Thread t : clients) {
            t.join(10_000);
        }
        try {
            runtime.get("/api/procedures", null);
            fail("the killed runtime still answers");
        } catch (IOException e) {
            // gone, as it should be
        }
        System.out.printf("CrashIT: %d dossiers answered 201 before SIGKILL (%d attempts)%n", answered.size(),
                attempts.get());

        runtime.start();
        Set<String> codes = new HashSet<>();
        for (Map.Entry<String, String> e : answered.entrySet()) {
            String clerk = clerkOf(e.getKey());
            JsonNode d = JSON.readTree(runtime.get("/api/dossiers/" + e.getKey(), clerk).body());
            assertEquals(e.getKey(), d.path("code").asText());
            assertEquals(e.getValue(), d.at("/applicant/fullName").asText());
            assertEquals("RECEIVED", d.path("status").asText());
            assertEquals(3, d.at("/documents/0/pages").asInt());
            JsonNode audit = JSON.readTree(runtime.get("/api/dossiers/" + e.getKey() + "/audit", clerk).body());
            assertTrue(e.getKey() + ": " + audit, audit.size() >= 1);
            assertEquals("RECEIVE", audit.get(0).path("action").asText());
            codes.add(e.getKey());
        }
        // intake goes on after the restart, and the new codes do not collide with the old ones
        for (int i = 0; i < 20; i++) {
            String clerk = CLERKS[i % CLERKS.length];
            HttpResponse<String> r = runtime.post("/api/dossiers", clerk,
                    AssemblyProcess.reception(AGENCY.get(clerk), "Sau Khởi Động Lại " + i));
            assertEquals(r.body(), 201, r.statusCode());
            Matcher m = CODE.matcher(r.body());
            assertTrue(m.find());
            assertTrue("code reused: " + m.group(1), codes.add(m.group(1)));
        }
    }

    private static String clerkOf(String code) {
        return AGENCY.entrySet().stream().filter(e -> code.startsWith(e.getValue())).findFirst().orElseThrow().getKey();
    }
}
