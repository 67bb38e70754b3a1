import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;

/**
 * A BPM engine doing motcua's lifecycle, beside the plain-JDBC floor: Flowable 7.1 embedded in this
 * JVM (no HTTP, JSON, authentication or rules), with its default history level (audit: every
 * activity, task and variable kept), the process of the one-stop mechanism as BPMN: reception
 * (the instance starts with the dossier's data as variables), then the clerk's hand-over to the
 * specialist, the specialist's proposal, the leader's approval and the return of the result, each
 * a user task completed in its own transaction. Per intake one instance started; per lifecycle one
 * started and its four tasks completed: the 5 commits of motcua's lifecycle. It does less than
 * motcua: no dossier code from a day counter, no statistics, no outbox for the national portal,
 * no due date counted in working days. Prints figures; asserts nothing.
 *
 * Flowable has no Derby dialect, so it runs on H2 (embedded, a file in a temporary folder; H2 does
 * not force each commit to disk as Derby does) or on a PostgreSQL server (each commit on disk):
 *
 *   bench/run BpmBaseline --n 8000 --c 8
 *   bench/run BpmBaseline --n 8000 --c 8 --url jdbc:postgresql://127.0.0.1:55433/motcua --user motcua --password motcua
 *
 * On PostgreSQL the engine creates its tables in the database it is given and drops them at the end.
 */
public class BpmBaseline {

    static final String PROCESS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                         xmlns:flowable="http://flowable.org/bpmn" targetNamespace="vn.motcua.bench">
              <process id="motCua" name="Hồ sơ một cửa" isExecutable="true">
                <startEvent id="tiepNhan" name="Tiếp nhận hồ sơ"/>
                <sequenceFlow id="f1" sourceRef="tiepNhan" targetRef="chuyenHoSo"/>
                <userTask id="chuyenHoSo" name="Chuyển hồ sơ cho chuyên viên" flowable:candidateGroups="RECEPTION_CLERK"/>
                <sequenceFlow id="f2" sourceRef="chuyenHoSo" targetRef="thamDinh"/>
                <userTask id="thamDinh" name="Thẩm định hồ sơ, đề xuất" flowable:assignee="${specialist}"/>
                <sequenceFlow id="f3" sourceRef="thamDinh" targetRef="pheDuyet"/>
                <userTask id="pheDuyet" name="Phê duyệt, ký kết quả" flowable:candidateGroups="LEADER"/>
                <sequenceFlow id="f4" sourceRef="pheDuyet" targetRef="traKetQua"/>
                <userTask id="traKetQua" name="Trả kết quả" flowable:candidateGroups="RECEPTION_CLERK"/>
                <sequenceFlow id="f5" sourceRef="traKetQua" targetRef="ketThuc"/>
                <endEvent id="ketThuc" name="Đã trả kết quả"/>
              </process>
            </definitions>
            """;

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int n = Integer.parseInt(o.getOrDefault("n", "8000"));
        int c = Integer.parseInt(o.getOrDefault("c", "8"));
        int agencies = Integer.parseInt(o.getOrDefault("agencies", "19"));
        Path dir = null;
        String url = o.get("url");
        if (url == null) {
            dir = Files.createTempDirectory("motcua-bpm-baseline");
            url = "jdbc:h2:file:" + dir.resolve("flowable");
        }
        ProcessEngineConfiguration configuration = ProcessEngineConfiguration
                .createStandaloneProcessEngineConfiguration()
                .setJdbcUrl(url)
                .setJdbcDriver(url.startsWith("jdbc:postgresql:") ? "org.postgresql.Driver" : "org.h2.Driver")
                .setJdbcUsername(o.getOrDefault("user", "sa"))
                .setJdbcPassword(o.getOrDefault("password", ""))
                .setJdbcMaxActiveConnections(c + 2)
                .setJdbcMaxIdleConnections(c + 2)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
                .setAsyncExecutorActivate(false);
        long bootStart = System.nanoTime();
        ProcessEngine engine = configuration.buildProcessEngine();
        try {
            engine.getRepositoryService().createDeployment().name("Hồ sơ một cửa")
                    .addString("motCua.bpmn20.xml", PROCESS).deploy();
            System.out.printf("BPM engine baseline: Flowable %s embedded, history level %s, %s, N=%d, C=%d, %d agencies "
                    + "(engine built in %.1f s)%nmachine: %d cores, Java %s%n", ProcessEngine.class.getPackage()
                    .getImplementationVersion(), configuration.getHistoryLevel().getKey(), url.replaceAll("\\?.*", ""),
                    n, c, agencies, (System.nanoTime() - bootStart) / 1e9, Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"));
            RuntimeService runtime = engine.getRuntimeService();
            TaskService tasks = engine.getTaskService();
            run("warm-up intake", n / 4, c, i -> receive(runtime, agencies, i), false);
            run("intake (instance started with the dossier's variables, 1 commit)", n, c,
                    i -> receive(runtime, agencies, i), true);
            int lifecycles = n / 2;
            run("lifecycle (start + 4 user tasks completed, 5 commits)", lifecycles, c, i -> {
                String instance = receive(runtime, agencies, n + i);
                String ward = agency(i % agencies);
                complete(tasks, instance, Map.of("specialist", "cv." + ward, "action", "HAND_OVER"));
                complete(tasks, instance, Map.of("action", "PROPOSE", "note", "Đủ điều kiện"));
                complete(tasks, instance, Map.of("action", "APPROVE", "result", "Bản sao chứng thực"));
                complete(tasks, instance, Map.of("action", "RETURN_RESULT", "collectedBy", "Người nộp số " + i));
                return instance;
            }, true);
            long open = runtime.createProcessInstanceQuery().count();
            long finished = engine.getHistoryService().createHistoricProcessInstanceQuery().finished().count();
            System.out.printf("instances open %d, finished %d (expected %d and %d)%n", open, finished, n / 4 + n,
                    lifecycles);
        } finally {
            engine.close();
            if (dir != null) {
                delete(dir);
            }
        }
    }

    /** A counter reception: the instance starts with what motcua stores of a dossier. */
    static String receive(RuntimeService runtime, int agencies, int i) {
        String agency = agency(i % agencies);
        Map<String, Object> v = new HashMap<>();
        v.put("agencyCode", agency);
        v.put("agencyName", "Phường Võ Cường");
        v.put("procedureCode", "2.000815");
        v.put("procedureName", "Chứng thực bản sao từ bản chính giấy tờ, văn bản");
        v.put("fieldCode", "CT");
        v.put("channel", "COUNTER");
        v.put("applicantName", "Người nộp số " + i);
        v.put("applicantIdNumber", String.format("0271%08d", i % 100_000_000));
        v.put("applicantPhone", "0912345678");
        v.put("documents", "[{\"code\":\"ban-chinh\",\"name\":\"Bản chính giấy tờ, văn bản\",\"originals\":1,\"pages\":2}]");
        v.put("fee", 4000L);
        v.put("receivedBy", "tn.vocuong");
        v.put("dueAt", new Date(System.currentTimeMillis() + 8 * 3_600_000L));
        ProcessInstance instance = runtime.startProcessInstanceByKey("motCua", agency + "-" + i, v);
        return instance.getId();
    }

    static void complete(TaskService tasks, String instance, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
        tasks.complete(task.getId(), variables);
    }

    interface Work {
        String apply(int i);
    }

    static void run(String name, int total, int clients, Work work, boolean print) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(clients);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long[] micros = new long[total];
        long start = System.nanoTime();
        for (int t = 0; t < clients; t++) {
            new Thread(() -> {
                try {
                    int i;
                    while ((i = next.getAndIncrement()) < total && failure.get() == null) {
                        long s = System.nanoTime();
                        work.apply(i);
                        micros[i] = (System.nanoTime() - s) / 1000;
                    }
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (failure.get() != null) {
            throw new IllegalStateException(name + " failed", failure.get());
        }
        if (print) {
            Arrays.sort(micros);
            System.out.printf("%s: %d in %.2f s: %.0f/s, p50 %.1f ms, p99 %.1f ms%n", name, total, seconds,
                    total / seconds, micros[total / 2] / 1000.0, micros[(int) (total * 0.99)] / 1000.0);
        }
    }

    static String agency(int a) {
        return String.format("000.%02d.01.H07", a + 1);
    }

    static void delete(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(paths.toList());
            all.sort(java.util.Comparator.reverseOrder());
            for (Path p : all) {
                Files.delete(p);
            }
        }
    }
}
