package vn.motcua.simulator.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossier.Action;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.ProcedureCatalog;
import vn.motcua.dossier.ReceptionRequest;
import vn.motcua.dossier.Timeliness;
import vn.motcua.dossier.TransitionRequest;
import vn.motcua.dossier.TransitionRequest.RequestedDocument;
import vn.motcua.dossier.ValidationException;
import vn.motcua.procedure.FormField;
import vn.motcua.procedure.OnlineLevel;
import vn.motcua.procedure.ProcedureDescriptor;
import vn.motcua.procedure.RequiredDocument;
import vn.motcua.procedure.Submission.Applicant;
import vn.motcua.procedure.Submission.SubmittedDocument;

/**
 * One replay: plans every dossier (agency and procedure apportioned exactly by the preset's
 * shares, arrival in office hours of the period's working days, channel, fate), then takes each
 * through the service layer in arrival order per agency, agencies in parallel.
 */
final class Replay {

    private static final Logger LOG = LoggerFactory.getLogger(Replay.class);
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Ngô", "Đặng", "Bùi",
        "Dương", "Đinh", "Phan", "Trịnh", "Nguyễn", "Nguyễn", "Trần", "Lê"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Thị Thu", "Minh", "Ngọc", "Quang", "Thị Thanh"};
    private static final String[] GIVEN = {"An", "Bình", "Cúc", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hoa", "Hùng",
        "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Trang",
        "Tuấn", "Vân", "Yến"};

    /** What happens to one dossier. */
    enum Fate { NORMAL, LATE, SUPPLEMENT, WITHDRAW }

    record Plan(int index, String agency, ProcedureDescriptor procedure, Preset.ProcedureShare details,
                Channel channel, LocalDateTime arrival, Fate fate, long seed) {
    }

    private final Preset preset;
    private final DossierService dossiers;
    private final ProcedureCatalog catalog;
    private final WorkingCalendar calendar;
    private final Map<String, Integer> generated = new ConcurrentHashMap<>();
    private final AtomicInteger done = new AtomicInteger();
    private final List<Plan> plans;

    /**
     * Nothing is replayed from here on: the start of the current year. A replay fills past years;
     * this year's register books, counters and statistics belong to the dossiers really received.
     */
    private final LocalDateTime cutoff;

    Replay(Preset preset, long seed, double scale, DossierService dossiers, ProcedureCatalog catalog,
           WorkingCalendar calendar) {
        this(preset, seed, scale, dossiers, catalog, calendar, LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    Replay(Preset preset, long seed, double scale, DossierService dossiers, ProcedureCatalog catalog,
           WorkingCalendar calendar, LocalDate today) {
        LocalDate thisYear = today.withDayOfYear(1);
        if (!preset.to().isBefore(thisYear)) {
            throw new IllegalArgumentException("Bộ số liệu " + preset.name() + " (" + preset.from() + " – " + preset.to()
                    + ") có ngày thuộc năm " + thisYear.getYear() + ": mô phỏng chỉ dựng lại các năm đã qua, kỳ phải kết thúc "
                    + "trước " + thisYear + ". Sổ đăng ký, số tiếp nhận và thống kê của năm nay dành cho hồ sơ thật.");
        }
        this.preset = preset;
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.calendar = calendar;
        this.cutoff = thisYear.atStartOfDay();
        this.plans = plan(seed, Math.max(1, (int) Math.round(preset.dossiers() * scale)));
    }

    /**
     * Whether a step at {@code at} falls in the current year, where nothing is replayed: the dossier
     * stays where it is (received late in December, with weeks to go), counted as left open.
     */
    private boolean pastCutoff(LocalDateTime at) {
        if (at.isBefore(cutoff)) {
            return false;
        }
        count("leftOpen");
        return true;
    }

    Preset preset() {
        return preset;
    }

    int total() {
        return plans.size();
    }

    int done() {
        return done.get();
    }

    Map<String, Integer> generated() {
        return new java.util.TreeMap<>(generated);
    }

    private List<Plan> plan(long seed, int total) {
        Random random = new Random(seed);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = preset.from(); !d.isAfter(preset.to()); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                days.add(d);
            }
        }
        if (days.isEmpty()) {
            throw new IllegalArgumentException(preset.name() + ": no working day in the period");
        }
        Map<String, ProcedureDescriptor> descriptors = new LinkedHashMap<>();
        for (Preset.ProcedureShare p : preset.procedures()) {
            descriptors.put(p.code(), catalog.find(p.code()).map(x -> x.descriptor()).orElseThrow(
                    () -> new IllegalArgumentException("procedure " + p.code() + " of the preset is not installed")));
        }
        // a procedure is replayed only on the days it is in force; one that is not in force at all
        // in the period makes the preset wrong, not the replay's problem to hide
        Map<String, List<LocalDate>> effectiveDays = new LinkedHashMap<>();
        for (ProcedureDescriptor d : descriptors.values()) {
            List<LocalDate> open = days.stream().filter(d::isEffectiveOn).toList();
            if (open.isEmpty()) {
                throw new IllegalArgumentException(preset.name() + ": procedure " + d.code() + " is not in force between "
                        + preset.from() + " and " + preset.to() + " (in force from " + d.effectiveFrom() + ")");
            }
            effectiveDays.put(d.code(), open);
        }
        int[] perAgency = Apportion.of(total, preset.agencies().stream().map(Preset.Share::share).toList());
        List<Plan> result = new ArrayList<>(total);
        int index = 0;
        for (int a = 0; a < perAgency.length; a++) {
            String agency = preset.agencies().get(a).code();
            int[] perProcedure = Apportion.of(perAgency[a], preset.procedures().stream()
                    .map(Preset.ProcedureShare::share).toList());
            for (int p = 0; p < perProcedure.length; p++) {
                Preset.ProcedureShare share = preset.procedures().get(p);
                ProcedureDescriptor d = descriptors.get(share.code());
                List<LocalDate> open = effectiveDays.get(share.code());
                for (int k = 0; k < perProcedure[p]; k++) {
                    LocalDate day = open.get(random.nextInt(open.size()));
                    result.add(new Plan(index++, agency, d, share, channel(random, d), arrival(random, day),
                            fate(random), random.nextLong()));
                }
            }
        }
        result.sort((x, y) -> x.arrival().compareTo(y.arrival()));
        return result;
    }

    private LocalDateTime arrival(Random random, LocalDate day) {
        OfficeHours h = calendar.officeHours();
        long seconds = h.perDay().getSeconds();
        LocalDateTime opening = day.atTime(h.opening());
        // the afternoon rush at the counter ends with the 15:00 same-day cut-off in mind
        return calendar.addWorkingTime(opening, Duration.ofSeconds((long) (random.nextDouble() * (seconds - 600))));
    }

    private Channel channel(Random random, ProcedureDescriptor d) {
        double r = random.nextDouble() * 100;
        double online = preset.channels().getOrDefault("ONLINE", 0.0);
        double post = preset.channels().getOrDefault("POST", 0.0);
        if (r < online && d.onlineLevel() != OnlineLevel.NONE) {
            return Channel.ONLINE;
        }
        if (r >= online && r < online + post) {
            return Channel.POST;
        }
        return Channel.COUNTER;
    }

    private Fate fate(Random random) {
        double r = random.nextDouble() * 100;
        if (r < preset.withdrawShare()) {
            return Fate.WITHDRAW;
        }
        if (r < preset.withdrawShare() + preset.lateShare()) {
            return Fate.LATE;
        }
        if (r < preset.withdrawShare() + preset.lateShare() + preset.supplementShare()) {
            return Fate.SUPPLEMENT;
        }
        return Fate.NORMAL;
    }

    /** Runs every planned dossier with {@code workers} threads, one agency at a time per thread. */
    void run(int workers) throws InterruptedException {
        Map<String, List<Plan>> byAgency = new LinkedHashMap<>();
        for (Plan p : plans) {
            byAgency.computeIfAbsent(p.agency(), k -> new ArrayList<>()).add(p);
        }
        List<List<Plan>> queues = new ArrayList<>(byAgency.values());
        queues.sort((x, y) -> Integer.compare(y.size(), x.size()));
        ConcurrentLinkedQueue<List<Plan>> work = new ConcurrentLinkedQueue<>(queues);
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < workers; i++) {
            Thread t = new Thread(() -> {
                List<Plan> agency;
                while ((agency = work.poll()) != null && failures.isEmpty()) {
                    for (Plan p : agency) {
                        try {
                            replay(p);
                        } catch (RuntimeException e) {
                            failures.add(e);
                            return;
                        }
                        done.incrementAndGet();
                    }
                }
            }, "motcua-simulation-" + i);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("the replay stopped: " + failures.get(0).getMessage(), failures.get(0));
        }
    }

    private void count(String key) {
        generated.merge(key, 1, Integer::sum);
    }

    /** One dossier from arrival to return (or withdrawal). */
    private void replay(Plan p) {
        Random random = new Random(p.seed());
        Applicant applicant = applicant(random);
        ReceptionRequest request = new ReceptionRequest(p.procedure().code(), p.agency(), p.channel(), applicant,
                documents(p, random), form(p, applicant, random));
        Actor actor = Actor.SIMULATION;
        Dossier d;
        LocalDateTime t = p.arrival();
        try {
            if (p.channel() == Channel.ONLINE) {
                d = dossiers.submit(request, actor, t);
                t = later(t, 10 + random.nextInt(110));
                if (pastCutoff(t)) {
                    return;
                }
                d = act(d, Action.ACCEPT, t, null);
            } else {
                d = dossiers.receive(request, actor, t);
            }
        } catch (ValidationException e) {
            count("rejected");
            if (generated.getOrDefault("rejected", 0) <= 3) {
                LOG.warn("Simulated dossier for {} refused at reception: {}", p.procedure().code(),
                        e.problems().get(0).message());
            }
            return;
        }
        count("received");
        count("agency:" + p.agency());
        count("field:" + p.procedure().field().code());
        count("procedure:" + p.procedure().code());
        count("channel:" + p.channel().name());
        t = later(t, 5 + random.nextInt(40));
        if (pastCutoff(t)) {
            return;
        }
        d = act(d, Action.HAND_OVER, t, null);
        if (p.fate() == Fate.WITHDRAW) {
            LocalDateTime withdrawn = later(t, 30 + random.nextInt(150));
            if (pastCutoff(withdrawn)) {
                return;
            }
            act(d, Action.WITHDRAW, withdrawn, "Người nộp có đơn xin rút hồ sơ");
            count("withdrawn");
            return;
        }
        if (p.fate() == Fate.SUPPLEMENT) {
            t = later(t, 20 + random.nextInt(100));
            if (pastCutoff(t)) {
                return;
            }
            d = dossiers.act(d.code(), new TransitionRequest(Action.REQUEST_SUPPLEMENT, null,
                    "Hồ sơ cần bổ sung, hoàn thiện", null, List.of(new RequestedDocument(d.documents().get(0).code(),
                    null, "Giấy tờ chưa rõ nét, cần nộp lại")), null, null, null, null, null, null, null), actor, t);
            t = t.plusDays(1 + random.nextInt(4)).withHour(9).withMinute(random.nextInt(50));
            LocalDateTime supplemented = calendar.isWorkingDay(t.toLocalDate()) ? t
                    : calendar.nextWorkingDay(t.toLocalDate()).atTime(9, 0);
            if (pastCutoff(supplemented)) {
                return;
            }
            d = dossiers.act(d.code(), new TransitionRequest(Action.SUPPLEMENT, null, null, null, null,
                    List.of(new SubmittedDocument(d.documents().get(0).code(), d.documents().get(0).originals(),
                            d.documents().get(0).certifiedCopies(), d.documents().get(0).copies(),
                            d.documents().get(0).pages())), null, null, null, null, null, null), actor,
                    supplemented);
            // from the supplement on: on a weekend or holiday it is handed in the next working morning,
            // and nothing after it may be dated back to the day it was drawn for
            t = d.progress().stepStartedAt() != null && d.progress().stepStartedAt().isAfter(supplemented)
                    ? d.progress().stepStartedAt() : later(supplemented, 30);
            count("supplemented");
        }
        LocalDateTime finish = finish(d, t, p.fate() == Fate.LATE, random);
        // half-way in office time, so that no official proposes at night or on a day off
        LocalDateTime propose = calendar.addWorkingTime(t, calendar.workingTimeBetween(t, finish).dividedBy(2));
        LocalDateTime returned = later(finish, random.nextInt(300));
        if (pastCutoff(finish)) {
            return;
        }
        for (int step = d.progress().stepIndex(); step < d.progress().steps().size() - 1; step++) {
            d = act(d, Action.PROPOSE, propose, null);
        }
        d = dossiers.act(d.code(), new TransitionRequest(Action.APPROVE, null, null, null, null, null, null, null, null,
                null, p.procedure().result() == null ? "Kết quả giải quyết" : p.procedure().result().title(), null),
                actor, finish);
        Timeliness timeliness = Timeliness.finished(d.dueAt(), d.progress().finishedAt());
        count("outcome:" + (timeliness == null ? "UNKNOWN" : timeliness.name()));
        if (pastCutoff(returned)) {
            return; // finished, the applicant not come for it yet
        }
        dossiers.act(d.code(), new TransitionRequest(Action.RETURN_RESULT, null, null, null, null, null, null, null,
                null, null, null, d.applicant().fullName()), actor, returned);
        count("returned");
    }

    /** When the result is ready: inside the time left for most, after the due date for the late ones. */
    private LocalDateTime finish(Dossier d, LocalDateTime from, boolean late, Random random) {
        LocalDateTime due = d.dueAt();
        if (late) {
            return calendar.addWorkingTime(due, Duration.ofMinutes(60 + random.nextInt(16 * 60)));
        }
        long available = calendar.workingTimeBetween(from, due).toMinutes();
        if (available <= 10) {
            return later(from, 5);
        }
        long spent = (long) (available * (0.15 + 0.8 * random.nextDouble()));
        return calendar.addWorkingTime(from, Duration.ofMinutes(Math.max(5, Math.min(spent, available - 5))));
    }

    private LocalDateTime later(LocalDateTime t, int officeMinutes) {
        return calendar.addWorkingTime(t, Duration.ofMinutes(officeMinutes));
    }

    private Dossier act(Dossier d, Action action, LocalDateTime at, String note) {
        return dossiers.act(d.code(), TransitionRequest.of(action, note), Actor.SIMULATION, at);
    }

    private static Applicant applicant(Random random) {
        String name = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                + GIVEN[random.nextInt(GIVEN.length)];
        // 027: Bắc Ninh in the identity number's province digits; then century/gender, year, serial
        String id = String.format("027%d%02d%06d", random.nextInt(4), 40 + random.nextInt(60),
                random.nextInt(1_000_000));
        return new Applicant(name, id, String.format("09%08d", random.nextInt(100_000_000)), "TP Bắc Ninh", null);
    }

    private static List<SubmittedDocument> documents(Plan p, Random random) {
        if (p.details().documents() != null && !p.details().documents().isEmpty()) {
            return p.details().documents();
        }
        List<SubmittedDocument> docs = new ArrayList<>();
        for (RequiredDocument r : p.procedure().documents()) {
            if (r.mandatory()) {
                int originals = Math.max(r.originals(), r.copies() + r.certifiedCopies() == 0 ? 1 : 0);
                docs.add(new SubmittedDocument(r.code(), originals, r.certifiedCopies(), r.copies(),
                        r.countsPages() ? 1 + random.nextInt(5) : 0));
            }
        }
        return docs;
    }

    private static Map<String, String> form(Plan p, Applicant applicant, Random random) {
        Map<String, String> form = new HashMap<>();
        Map<String, String> given = p.details().form() == null ? Map.of() : p.details().form();
        for (FormField f : p.procedure().formFields()) {
            String value = given.get(f.name());
            if (value == null && !f.required()) {
                continue;
            }
            form.put(f.name(), value != null ? expand(value, applicant, p.arrival().toLocalDate())
                    : generated(f, applicant, p.arrival().toLocalDate(), random));
        }
        given.forEach((k, v) -> form.putIfAbsent(k, expand(v, applicant, p.arrival().toLocalDate())));
        return form;
    }

    static String expand(String value, Applicant applicant, LocalDate day) {
        String v = value.replace("${idNumber}", applicant.idNumber()).replace("${name}", applicant.fullName());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\{date-(\\d+)}").matcher(v);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, day.minusDays(Long.parseLong(m.group(1))).toString());
        }
        m.appendTail(b);
        return b.toString();
    }

    private static String generated(FormField f, Applicant applicant, LocalDate day, Random random) {
        return switch (f.type()) {
            case DATE -> day.minusDays(2000 + random.nextInt(8000)).toString();
            case INTEGER -> "1";
            case ID_NUMBER -> applicant.idNumber();
            case PHONE -> applicant.phone();
            case YES_NO -> "false";
            case CHOICE -> f.choices().get(0).value();
            case TEXT -> f.maxLength() > 0 && f.maxLength() < 12 ? "x" : "Nội dung mô phỏng";
        };
    }
}
