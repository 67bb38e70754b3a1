import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The floor under the intake and lifecycle benchmarks: the same rows and commits as motcua writes,
 * by plain JDBC on an embedded Derby database with motcua's own schema (the migration scripts of
 * platform/dossier-core), without HTTP, JSON, JPA or any rule. Per intake: the day counter
 * (UPDATE + SELECT), the daily statistics row, the dossier row with its process, one document,
 * the first audit entry and one outbox row (the change's two portal messages), one commit. Per
 * transition: the dossier and its documents read, the dossier updated, an audit entry and an
 * outbox row, the statistics, one commit. C threads, one connection each. Prints figures; asserts nothing.
 *
 *   java -cp "$(ls ~/.m2/repository/org/apache/derby/derby/10.14.2.0/derby-10.14.2.0.jar)" \
 *       bench/JdbcBaseline.java [--n 20000] [--c 8] [--agencies 19]
 */
public class JdbcBaseline {

    static final String PROCESS = "[{\"code\":\"TIEP_NHAN\",\"name\":\"Tiếp nhận, chuyển hồ sơ\",\"role\":\"RECEPTION_CLERK\","
            + "\"sharePercent\":10},{\"code\":\"THAM_DINH\",\"name\":\"Thẩm định hồ sơ, đề xuất\",\"role\":\"SPECIALIST\","
            + "\"sharePercent\":60},{\"code\":\"PHE_DUYET\",\"name\":\"Phê duyệt, ký kết quả\",\"role\":\"LEADER\","
            + "\"sharePercent\":30}]";
    static final String PAYLOAD = "{\"MaHoSo\":\"%s\",\"NguoiXuLy\":\"Lý Kim Oanh\",\"ChucDanh\":\"Cán bộ tiếp nhận\","
            + "\"ThoiDiemXuLy\":\"20261128154003\",\"PhongBanXuLy\":\"000.15.01.H07\",\"NoiDungXuLy\":\"RECEIVE\","
            + "\"TrangThai\":\"2\",\"NgayBatDau\":\"20261128154003\",\"NgayKetThucTheoQuyDinh\":\"20261130081800\"}";

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int n = Integer.parseInt(o.getOrDefault("n", "20000"));
        int c = Integer.parseInt(o.getOrDefault("c", "8"));
        int agencies = Integer.parseInt(o.getOrDefault("agencies", "19"));
        Path dir = Files.createTempDirectory("motcua-jdbc-baseline");
        String url = "jdbc:derby:" + dir.resolve("db") + ";create=true";
        try (Connection con = DriverManager.getConnection(url); Statement s = con.createStatement()) {
            Path migrations = Path.of("platform/dossier-core/src/main/resources/vn/motcua/dossier/core/internal/"
                    + "persistence/migration");
            try (var files = Files.list(migrations)) {
                for (Path f : files.sorted().toList()) {
                    for (String sql : statements(Files.readString(f))) {
                        s.execute(sql);
                    }
                }
            }
        }
        System.out.printf("plain JDBC baseline: embedded Derby (full durability) with motcua's schema, N=%d, C=%d, "
                + "%d agencies%nmachine: %d cores, Java %s%n", n, c, agencies, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        LocalDate today = LocalDate.now();
        try (Connection con = DriverManager.getConnection(url)) {
            for (int a = 0; a < agencies; a++) {
                String agency = agency(a);
                exec(con, "INSERT INTO DOSSIER_COUNTER (AGENCY_CODE, RECEIVED_DAY, LAST_NUMBER) VALUES (?, ?, 0)",
                        agency, Date.valueOf(today));
                exec(con, "INSERT INTO DAILY_STATS (STAT_DAY, AGENCY_CODE, PROCEDURE_CODE, CHANNEL, FIELD_CODE, RECEIVED, "
                        + "FINISHED_EARLY, FINISHED_ON_TIME, FINISHED_LATE, WITHDRAWN, REFUSED, RETURNED, "
                        + "PROCESSING_SECONDS) VALUES (?, ?, '2.000815', 'COUNTER', 'CT', 0, 0, 0, 0, 0, 0, 0, 0)",
                        Date.valueOf(today), agency);
            }
        }
        List<String> codes = new ArrayList<>();
        run("warm-up intake", url, n / 4, c, agencies, (con, i, agency) -> intake(con, agency, today, i), null);
        run("intake", url, n, c, agencies, (con, i, agency) -> intake(con, agency, today, i), codes);
        List<String> fresh = new ArrayList<>(codes);
        String[] steps = {"PROCESSING", "PROPOSED", "APPROVED", "RETURNED"};
        long start = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(c);
        int lifecycles = Math.min(fresh.size(), n / 2);
        for (int t = 0; t < c; t++) {
            new Thread(() -> {
                try (Connection con = DriverManager.getConnection(url)) {
                    con.setAutoCommit(false);
                    int i;
                    while ((i = next.getAndIncrement()) < lifecycles) {
                        String code = intake(con, agency(i % agencies), today, i);
                        for (String step : steps) {
                            transition(con, code, step, today);
                        }
                    }
                } catch (SQLException e) {
                    e.printStackTrace();
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("lifecycle (intake + 4 transitions, 5 commits): %d in %.2f s: %.0f lifecycles/s%n", lifecycles,
                seconds, lifecycles / seconds);
        removeDatabase(dir);
    }

    /** The database is a few hundred MB a run: shut Derby down and delete it. */
    private static void removeDatabase(Path dir) throws IOException {
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true");
        } catch (SQLException e) {
            // Derby answers a clean shutdown with XJ015
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    interface Work {
        String apply(Connection con, int i, String agency) throws SQLException;
    }

    static void run(String name, String url, int total, int clients, int agencies, Work work, List<String> codes)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(clients);
        List<String> all = java.util.Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        for (int t = 0; t < clients; t++) {
            new Thread(() -> {
                try (Connection con = DriverManager.getConnection(url)) {
                    con.setAutoCommit(false);
                    int i;
                    while ((i = next.getAndIncrement()) < total) {
                        all.add(work.apply(con, i, agency(i % agencies)));
                    }
                } catch (SQLException e) {
                    e.printStackTrace();
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (codes != null) {
            codes.addAll(all);
            System.out.printf("%s: %d in %.2f s: %.0f dossiers/s%n", name, total, seconds, total / seconds);
        }
    }

    static String agency(int a) {
        return String.format("000.%02d.01.H07", a + 1);
    }

    static String intake(Connection con, String agency, LocalDate day, int i) throws SQLException {
        try {
            Date sqlDay = Date.valueOf(day);
            exec(con, "UPDATE DOSSIER_COUNTER SET LAST_NUMBER = LAST_NUMBER + 1, LAST_RECEIVED = LAST_RECEIVED + 1 "
                    + "WHERE AGENCY_CODE = ? AND RECEIVED_DAY = ?", agency, sqlDay);
            int number;
            int received;
            try (PreparedStatement p = con.prepareStatement(
                    "SELECT LAST_NUMBER, LAST_RECEIVED FROM DOSSIER_COUNTER WHERE AGENCY_CODE = ? AND RECEIVED_DAY = ?")) {
                p.setString(1, agency);
                p.setDate(2, sqlDay);
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    number = r.getInt(1);
                    received = r.getInt(2);
                }
            }
            String yyMMdd = day.format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd"));
            String code = String.format("%s-%s-%04d", agency, yyMMdd, number);
            stats(con, agency, day, 1, 0);
            Timestamp now = Timestamp.valueOf(LocalDateTime.now().withNano(0));
            exec(con, "INSERT INTO DOSSIER (CODE, AGENCY_CODE, AGENCY_NAME, APPLICANT_ID_NUMBER, APPLICANT_NAME, "
                    + "APPLICANT_PHONE, AUDIT_COUNT, BUDGET_SECONDS, CHANNEL, CONSUMED_SECONDS, FEE, FEE_LINES, FIELD_CODE, "
                    + "FIELD_NAME, PROCEDURE_CODE, PROCEDURE_NAME, PROCESS_JSON, RECEIVED_BY, RECEIVED_BY_NAME, STATUS, "
                    + "STEP_INDEX, SUBMITTED_AT, RECEIVED_AT, COUNT_FROM, DUE_AT, STEP_STARTED_AT, STEP_DUE_AT, "
                    + "SUPPLEMENT_LIMIT, TIME_LIMIT_AMOUNT, TIME_LIMIT_UNIT, RESULT_SPEC, RECEPTION_NUMBER, STEP_ROLE, VERSION) VALUES "
                    + "(?, ?, 'Phường Võ Cường', ?, ?, '0912345678', 1, 28800, 'COUNTER', 0, 4000, "
                    + "'2 trang × 2.000 đ', 'CT', 'Chứng thực', '2.000815', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', "
                    + "?, 'tn.vocuong', 'Lý Kim Oanh', 'RECEIVED', 0, ?, ?, ?, ?, ?, ?, 1, 1, 'SAME_DAY', "
                    + "'{\"kind\":\"Bản sao chứng thực\"}', ?, 'RECEPTION_CLERK', 1)",
                    code, agency, String.format("0271%08d", i % 100_000_000), "Người nộp số " + i, PROCESS, now, now, now,
                    now, now, now, String.format("%s-%04d", yyMMdd, received));
            exec(con, "INSERT INTO DOSSIER_DOCUMENT (DOSSIER_CODE, DOC_INDEX, CERTIFIED_COPIES, DOC_CODE, COPIES, NAME, "
                    + "ORIGINALS, PAGES) VALUES (?, 0, 0, 'ban-chinh', 1, 'Bản chính giấy tờ, văn bản', 1, 2)", code);
            audit(con, code, 1, "RECEIVE", "RECEIVED", now);
            outbox(con, code, 1, "CHANGE", now);
            con.commit();
            return code;
        } catch (SQLException e) {
            con.rollback();
            throw e;
        }
    }

    static void transition(Connection con, String code, String to, LocalDate day) throws SQLException {
        try {
            int audits;
            long version;
            try (PreparedStatement p = con.prepareStatement("SELECT * FROM DOSSIER WHERE CODE = ?")) {
                p.setString(1, code);
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    audits = r.getInt("AUDIT_COUNT");
                    version = r.getLong("VERSION");
                }
            }
            try (PreparedStatement p = con.prepareStatement("SELECT * FROM DOSSIER_DOCUMENT WHERE DOSSIER_CODE = ?")) {
                p.setString(1, code);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        r.getString("NAME");
                    }
                }
            }
            Timestamp now = Timestamp.valueOf(LocalDateTime.now().withNano(0));
            int updated = exec(con, "UPDATE DOSSIER SET STATUS = ?, AUDIT_COUNT = ?, STEP_DUE_AT = ?, STEP_INDEX = ?, "
                    + "STEP_ROLE = ?, VERSION = ? WHERE CODE = ? AND VERSION = ?", to, audits + 1, now, audits,
                    audits == 1 ? "SPECIALIST" : "LEADER", version + 1, code, version);
            if (updated != 1) {
                throw new SQLException("concurrent change of " + code);
            }
            audit(con, code, audits + 1, to, to, now);
            outbox(con, code, audits + 1, "CapNhatTienDoHoSoMC", now);
            if ("RETURNED".equals(to)) {
                stats(con, code.substring(0, 13), day, 0, 1);
            }
            con.commit();
        } catch (SQLException e) {
            con.rollback();
            throw e;
        }
    }

    static void stats(Connection con, String agency, LocalDate day, int received, int returned) throws SQLException {
        exec(con, "UPDATE DAILY_STATS SET RECEIVED = RECEIVED + ?, RETURNED = RETURNED + ? WHERE STAT_DAY = ? "
                + "AND AGENCY_CODE = ? AND PROCEDURE_CODE = '2.000815' AND CHANNEL = 'COUNTER'", received, returned,
                Date.valueOf(day), agency);
    }

    static void audit(Connection con, String code, int seq, String action, String status, Timestamp at)
            throws SQLException {
        exec(con, "INSERT INTO AUDIT_ENTRY (DOSSIER_CODE, SEQ, ACTED_AT, ACTION, AGENCY_CODE, ACTOR_ROLE, TO_STATUS, "
                + "USER_NAME, USER_DISPLAY_NAME, STEP_CODE, STEP_DUE_AT) VALUES (?, ?, ?, ?, '000.10.01.H07', "
                + "'RECEPTION_CLERK', ?, 'tn.vocuong', 'Lý Kim Oanh', 'TIEP_NHAN', ?)", code, seq, at, action, status, at);
    }

    static void outbox(Connection con, String code, int seq, String service, Timestamp at) throws SQLException {
        exec(con, "INSERT INTO OUTBOX (DOSSIER_CODE, SEQ, SERVICE, PAYLOAD, CREATED_AT, STATE, ATTEMPTS, NEXT_ATTEMPT_AT) "
                + "VALUES (?, ?, ?, ?, ?, 'PENDING', 0, ?)", code, seq, service, "CHANGE".equals(service)
                ? "DongBoHoSoMC\t" + seq + "\t" + String.format(PAYLOAD, code) + "\nCapNhatTienDoHoSoMC\t" + seq + "\t"
                + String.format(PAYLOAD, code) : String.format(PAYLOAD, code), at, at);
    }

    static int exec(Connection con, String sql, Object... params) throws SQLException {
        try (PreparedStatement p = con.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                p.setObject(i + 1, params[i]);
            }
            return p.executeUpdate();
        }
    }

    /** The statements of a migration script: split at ';' ending a line, comments dropped. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String t = line.strip();
            if (t.startsWith("--") || t.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (t.endsWith(";")) {
                String sql = current.toString().strip();
                out.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        return out;
    }
}
