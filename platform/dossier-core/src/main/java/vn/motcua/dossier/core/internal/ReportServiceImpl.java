package vn.motcua.dossier.core.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.dossier.Actor;
import vn.motcua.dossier.Agency;
import vn.motcua.dossier.AgencyDirectory;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.ProcedureCatalog;
import vn.motcua.dossier.Report;
import vn.motcua.dossier.ReportQuery;
import vn.motcua.dossier.ReportQuery.GroupBy;
import vn.motcua.dossier.ReportRow;
import vn.motcua.dossier.ReportService;
import vn.motcua.dossier.core.internal.persistence.StatsRepository;
import vn.motcua.dossier.core.internal.persistence.StatsRepository.Column;
import vn.motcua.dossier.core.internal.persistence.StatsRepository.Filter;
import vn.motcua.procedure.Procedure;

/** Reports from the daily aggregates and the open dossiers; a few queries whatever the period. */
@Component(service = ReportService.class)
public class ReportServiceImpl implements ReportService {

    static final double OFFICE_SECONDS_PER_DAY = 8 * 3600;

    private final StatsRepository stats;
    private final AgencyDirectory agencies;
    private final ProcedureCatalog procedures;

    @Activate
    public ReportServiceImpl(@Reference StatsRepository stats, @Reference AgencyDirectory agencies,
                             @Reference ProcedureCatalog procedures) {
        this.stats = stats;
        this.agencies = agencies;
        this.procedures = procedures;
    }

    /** Running sums of one group. */
    private static final class Acc {
        long carried;
        long received;
        long[] byChannel = new long[Channel.values().length];
        long early;
        long onTime;
        long late;
        long withdrawn;
        long refused;
        long returned;
        long seconds;
        long open;
        long overdue;
        long paused;
    }

    @Override
    public Report report(ReportQuery q, Actor actor) {
        Set<String> scope = ReportScope.of(agencies, q.agencyCode(), actor);
        Filter filter = new Filter(scope, q.fieldCode(), q.procedureCode(), q.channel() == null ? null
                : q.channel().name());
        Column column = switch (q.groupBy()) {
            case PROVINCE -> null;
            case AGENCY -> Column.AGENCY_CODE;
            case FIELD -> Column.FIELD_CODE;
            case PROCEDURE -> Column.PROCEDURE_CODE;
            case CHANNEL -> Column.CHANNEL;
        };
        Map<String, Acc> groups = new TreeMap<>();
        Acc total = new Acc();
        // received before the period, minus what finished before it: carried over
        for (Object[] r : stats.sums(column, filter, null, q.from().minusDays(1))) {
            long before = num(r[2]) - num(r[3]) - num(r[4]) - num(r[5]) - num(r[6]);
            groups.computeIfAbsent(key(r[0]), k -> new Acc()).carried += before;
            total.carried += before;
        }
        Set<String> receivedProcedures = new TreeSet<>();
        for (Object[] r : stats.sums(column, filter, q.from(), q.to())) {
            Acc a = groups.computeIfAbsent(key(r[0]), k -> new Acc());
            for (Acc x : new Acc[] {a, total}) {
                long received = num(r[2]);
                x.received += received;
                x.byChannel[Channel.valueOf((String) r[1]).ordinal()] += received;
                x.early += num(r[3]);
                x.onTime += num(r[4]);
                x.late += num(r[5]);
                x.withdrawn += num(r[6]);
                x.refused += num(r[7]);
                x.returned += num(r[8]);
                x.seconds += num(r[9]);
            }
        }
        for (Object[] r : stats.sums(Column.PROCEDURE_CODE, filter, q.from(), q.to())) {
            if (num(r[2]) > 0) {
                receivedProcedures.add(key(r[0]));
            }
        }
        // open at the period's end; for a period that ends later than now, open now: a dossier due
        // between now and that end is not overdue yet
        LocalDateTime end = q.to().plusDays(1).atStartOfDay();
        LocalDateTime now = LocalDateTime.now(DossierServiceImpl.ZONE);
        for (Object[] r : stats.open(column, filter, end.isAfter(now) ? now : end, end.isAfter(now))) {
            Acc a = groups.computeIfAbsent(key(r[0]), k -> new Acc());
            for (Acc x : new Acc[] {a, total}) {
                x.open += num(r[1]);
                x.overdue += num(r[2]);
                x.paused += num(r[3]);
            }
        }
        if (q.groupBy() == GroupBy.AGENCY) {
            // every unit in scope that existed in the period has its row, the ones that received
            // nothing too: a leader reads those as well
            for (Agency a : agencies.list()) {
                if (a.level() != Agency.Level.PROVINCE && (scope == null || scope.contains(a.code()))
                        && (a.validFrom() == null || !a.validFrom().isAfter(q.to()))
                        && (a.validTo() == null || !a.validTo().isBefore(q.from()))) {
                    groups.computeIfAbsent(a.code(), k -> new Acc());
                }
            }
        }
        List<ReportRow> rows = new ArrayList<>();
        for (Map.Entry<String, Acc> e : groups.entrySet()) {
            rows.add(row(e.getKey(), label(q.groupBy(), e.getKey()), e.getValue()));
        }
        rows.sort(Comparator.comparingLong(ReportRow::received).reversed().thenComparing(ReportRow::key));

        List<String> offered = new ArrayList<>();
        for (Procedure p : procedures.list(q.fieldCode())) {
            if (p.descriptor().isEffectiveOn(q.to()) || p.descriptor().isEffectiveOn(q.from())) {
                offered.add(p.descriptor().code());
            }
        }
        Set<String> all = new TreeSet<>(offered);
        all.addAll(receivedProcedures);
        List<String> without = new ArrayList<>();
        for (String code : all) {
            if (!receivedProcedures.contains(code) && (q.procedureCode() == null || q.procedureCode().equals(code))) {
                without.add(code);
            }
        }
        Set<String> receivingAgencies = new HashSet<>();
        for (Object[] r : stats.sums(Column.AGENCY_CODE, filter, q.from(), q.to())) {
            if (num(r[2]) > 0) {
                receivingAgencies.add(key(r[0]));
            }
        }
        double months = months(q.from(), q.to());
        double perAgencyPerMonth = receivingAgencies.isEmpty() ? 0
                : total.received / (double) receivingAgencies.size() / months;
        return new Report(q.from(), q.to(), q.groupBy(), rows, row("*", "Tổng cộng", total),
                List.copyOf(receivedProcedures), without, Math.round(perAgencyPerMonth * 10) / 10.0);
    }

    /** Months in a period, whole months counted exactly (1/2–31/7 is 6). */
    static double months(LocalDate from, LocalDate to) {
        LocalDate after = to.plusDays(1);
        long whole = ChronoUnit.MONTHS.between(from, after);
        LocalDate mark = from.plusMonths(whole);
        double rest = ChronoUnit.DAYS.between(mark, after) / (double) mark.lengthOfMonth();
        return Math.max(whole + rest, 1.0 / 31);
    }

    private ReportRow row(String key, String label, Acc a) {
        long finished = a.early + a.onTime + a.late;
        Double rate = finished == 0 ? null : Math.round((a.early + a.onTime) * 10000.0 / finished) / 100.0;
        Double days = finished == 0 ? null : Math.round(a.seconds / OFFICE_SECONDS_PER_DAY / finished * 100) / 100.0;
        return new ReportRow(key, label, a.carried, a.received, a.byChannel[Channel.COUNTER.ordinal()],
                a.byChannel[Channel.ONLINE.ordinal()], a.byChannel[Channel.POST.ordinal()], a.early, a.onTime, a.late,
                a.withdrawn, a.refused, a.returned, a.open - a.overdue - a.paused, a.overdue, a.paused, rate,
                days);
    }

    private final Map<String, String> fieldNames = new java.util.concurrent.ConcurrentHashMap<>();

    private String label(GroupBy by, String key) {
        return switch (by) {
            case PROVINCE -> "Tổng cộng";
            case AGENCY -> agencies.find(key).map(a -> a.name()).orElse(key);
            case PROCEDURE -> procedures.find(key).map(p -> p.descriptor().name()).orElse(key);
            case CHANNEL -> Channel.valueOf(key).label();
            case FIELD -> fieldName(key);
        };
    }

    private String fieldName(String code) {
        for (Procedure p : procedures.list(code)) {
            fieldNames.put(code, p.descriptor().field().name());
            return p.descriptor().field().name();
        }
        return fieldNames.getOrDefault(code, code);
    }

    private static String key(Object o) {
        return o == null ? "*" : o.toString().strip();
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
