package vn.motcua.dossier.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.motcua.calendar.Deadline;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.internal.CalendarEntries;
import vn.motcua.calendar.internal.VietnameseWorkingCalendar;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Role;
import vn.motcua.dossier.core.internal.persistence.DocumentRow;
import vn.motcua.dossier.core.internal.persistence.DossierEntity;
import vn.motcua.dossier.core.internal.persistence.TestDossiers;
import vn.motcua.procedure.ProcessStep;

/**
 * Shared test data for the clock and the lifecycle: the real calendar with the shipped notice
 * table 2018–2026, two agencies, their officials, and dossiers set up exactly as
 * {@code DossierServiceImpl.store()} sets up a dossier received at the counter.
 */
final class LifecycleFixtures {

    static final String SHIPPED_TABLE = "/holidays-vn-2018-2026.csv";

    /** The calendar as shipped: notice table 2018–2026, office hours 07:30–11:30, 13:30–17:30. */
    static final WorkingCalendar CALENDAR = shippedCalendar();

    static final String VO_CUONG = "000.10.01.H07";
    static final String VO_CUONG_NAME = "UBND phường Võ Cường";
    /** Another agency: the one a dossier is transferred to (liên thông). */
    static final String TU_PHAP = "000.20.01.H07";
    /** A ward that existed until 30/6/2025 (merged in the 2025 reorganisation). */
    static final String MERGED_AWAY = "000.01.01.H07";

    static final Actor CLERK = new Actor("tn.hoa", "Nguyễn Thị Hoa", Set.of(Role.RECEPTION_CLERK), VO_CUONG);
    static final Actor SPECIALIST = new Actor("cv.minh", "Trần Văn Minh", Set.of(Role.SPECIALIST), VO_CUONG);
    static final Actor OTHER_SPECIALIST = new Actor("cv.lan", "Lê Thị Lan", Set.of(Role.SPECIALIST), VO_CUONG);
    static final Actor LEADER = new Actor("ld.hung", "Phạm Quốc Hùng", Set.of(Role.LEADER), VO_CUONG);
    /** At a small commune one official receives, appraises and signs: "4 tại chỗ". */
    static final Actor ALL_IN_ONE = new Actor("cb.tuan", "Đỗ Anh Tuấn",
            Set.of(Role.RECEPTION_CLERK, Role.SPECIALIST, Role.LEADER), VO_CUONG);
    static final Actor TU_PHAP_CLERK = new Actor("tp.nga", "Vũ Thị Nga", Set.of(Role.RECEPTION_CLERK), TU_PHAP);
    static final Actor TU_PHAP_SPECIALIST = new Actor("tp.dung", "Hoàng Văn Dũng", Set.of(Role.SPECIALIST), TU_PHAP);
    static final Actor TU_PHAP_LEADER = new Actor("tp.thao", "Ngô Phương Thảo", Set.of(Role.LEADER), TU_PHAP);
    static final Actor CITIZEN = new Actor("027190001234", "Nguyễn Thị Phương Hoa", Set.of(Role.CITIZEN), null);

    static final Map<String, Actor> USERS = List.of(CLERK, SPECIALIST, OTHER_SPECIALIST, LEADER, ALL_IN_ONE,
            TU_PHAP_CLERK, TU_PHAP_SPECIALIST, TU_PHAP_LEADER).stream()
            .collect(Collectors.toMap(Actor::userName, Function.identity()));

    /** The procedure catalogue's names of documents a dossier may not have yet. */
    static final Map<String, String> CATALOGUE_DOCUMENTS = Map.of(
            "2.001035/dang-ky-xe", "Giấy chứng nhận đăng ký xe",
            "2.001035/uy-quyen", "Văn bản ủy quyền");

    static final Lifecycle.Context CONTEXT = new Lifecycle.Context(CALENDAR,
            (code, day) -> code.equals(VO_CUONG) || code.equals(TU_PHAP)
                    || code.equals(MERGED_AWAY) && day.isBefore(java.time.LocalDate.of(2025, 7, 1)), USERS::get,
            (procedure, document) -> CATALOGUE_DOCUMENTS.get(procedure + "/" + document));

    static final List<ProcessStep> STEPS = ProcessStep.DEFAULT;

    private LifecycleFixtures() {
    }

    static LocalDateTime t(String iso) {
        return LocalDateTime.parse(iso);
    }

    static Duration hours(double h) {
        return Duration.ofSeconds(Math.round(h * 3600));
    }

    /** Office time between two instants, in seconds, by the real calendar. */
    static long office(LocalDateTime from, LocalDateTime to) {
        return CALENDAR.workingTimeBetween(from, to).getSeconds();
    }

    /**
     * A dossier received at the counter at {@code at}, as {@code DossierServiceImpl.store()} makes
     * it: status RECEIVED, the clock started from the calendar's deadline, step 0 started, one audit
     * entry (the reception) already written.
     */
    static DossierEntity received(String code, TimeLimit limit, LocalDateTime at, List<ProcessStep> steps,
                                  DossierClock clock) {
        DossierEntity d = TestDossiers.withCode(new DossierEntity(), code);
        d.setProcedureCode("2.001035");
        d.setProcedureName("Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản");
        d.setFieldCode("chung-thuc");
        d.setFieldName("Chứng thực");
        d.setAgencyCode(VO_CUONG);
        d.setAgencyName(VO_CUONG_NAME);
        d.setChannel(Channel.COUNTER);
        d.setApplicantName("Nguyễn Thị Phương Hoa");
        d.setApplicantIdNumber("027190001234");
        d.setTimeLimitAmount(limit.amount());
        d.setTimeLimitUnit(limit.unit());
        d.setProcessJson(FormCodec.writeSteps(steps));
        d.setSupplementLimit(1);
        d.setSubmittedAt(at);
        d.setReceivedBy(CLERK.userName());
        d.setReceivedByName(CLERK.displayName());
        d.getDocuments().add(new DocumentRow("du-thao", "Dự thảo hợp đồng", 1, 0, 0, 2));
        d.getDocuments().add(new DocumentRow("cccd", "Căn cước công dân các bên", 0, 0, 2, 2));
        d.setStepIndex(0);
        d.setAuditCount(1);
        d.setStatus(DossierStatus.RECEIVED);
        d.setReceivedAt(at);
        Deadline deadline = CALENDAR.due(at, limit);
        clock.start(d, deadline);
        d.setStepStartedAt(at);
        d.setStepDueAt(clock.stepDue(d, steps, 0));
        return d;
    }

    /** A dossier submitted online at {@code at}, not yet checked by the one-stop: no clock yet. */
    static DossierEntity submitted(String code, TimeLimit limit, LocalDateTime at, List<ProcessStep> steps) {
        DossierEntity d = received(code, limit, at, steps, new DossierClock(CALENDAR));
        d.setChannel(Channel.ONLINE);
        d.setStatus(DossierStatus.SUBMITTED);
        d.setReceivedAt(null);
        d.setCountFrom(null);
        d.setDueAt(null);
        d.setBudgetSeconds(0);
        d.setRunningSince(null);
        d.setStepStartedAt(null);
        d.setStepDueAt(null);
        return d;
    }

    private static WorkingCalendar shippedCalendar() {
        try (InputStream in = VietnameseWorkingCalendar.class.getResourceAsStream(SHIPPED_TABLE)) {
            if (in == null) {
                throw new IllegalStateException("the calendar module's " + SHIPPED_TABLE + " is not on the test classpath");
            }
            return new VietnameseWorkingCalendar(CalendarEntries.parse(in, "shipped"), OfficeHours.DEFAULT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
