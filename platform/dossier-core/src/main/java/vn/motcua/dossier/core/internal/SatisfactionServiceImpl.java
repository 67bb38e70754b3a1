package vn.motcua.dossier.core.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.dossier.Actor;
import vn.motcua.dossier.Agency;
import vn.motcua.dossier.AgencyDirectory;
import vn.motcua.dossier.AgencySatisfaction;
import vn.motcua.dossier.AuditEntry;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.InvalidTransitionException;
import vn.motcua.dossier.ProvinceCatalogue;
import vn.motcua.dossier.RankingRow;
import vn.motcua.dossier.Rating;
import vn.motcua.dossier.ReportQuery;
import vn.motcua.dossier.ReportRow;
import vn.motcua.dossier.ReportService;
import vn.motcua.dossier.Satisfaction;
import vn.motcua.dossier.SatisfactionService;
import vn.motcua.dossier.Timeliness;
import vn.motcua.dossier.core.internal.persistence.RatingRepository;

/**
 * Ratings with the evaluation indices of Circular 01/2018/TT-VPCP computed from each dossier, the
 * agencies' results, and the ranking of communes by configured, effective-dated criteria.
 */
@Component(service = SatisfactionService.class, configurationPid = SatisfactionServiceImpl.PID)
@Designate(ocd = SatisfactionServiceImpl.Config.class)
public class SatisfactionServiceImpl implements SatisfactionService {

    static final String PID = "vn.motcua.ranking";

    @ObjectClassDefinition(name = "motcua: satisfaction ratings and ranking of communes (đánh giá, xếp hạng)",
            description = "How long a returned dossier may be rated; criteria and weights of the yearly ranking")
    public @interface Config {
        @AttributeDefinition(name = "Ranking file", description = "CSV: validFrom,criterion,weight,label; criteria "
                + "ON_TIME_RATE, SATISFACTION_RATE, ONLINE_SHARE, INDEX_SCORE. Edits apply without restart.")
        String file() default "${karaf.etc}/motcua-ranking.csv";

        @AttributeDefinition(name = "Days to rate", description = "Days after the result is returned during which "
                + "the applicant may rate the dossier online (0: no limit). A rating counts in the period it is "
                + "given, so one given years later would judge today's officials by an old dossier.")
        int ratingDays() default 30;
    }

    private static final List<RankingFile.Weight> DEFAULT_WEIGHTS = List.of(
            new RankingFile.Weight(LocalDate.of(2018, 1, 1), "ON_TIME_RATE", 60, "Kết quả giải quyết TTHC"),
            new RankingFile.Weight(LocalDate.of(2018, 1, 1), "SATISFACTION_RATE", 40, "Mức độ hài lòng"));
    private static final Set<String> STEP_ACTIONS = Set.of("HAND_OVER", "PROPOSE", "APPROVE", "TRANSFER_BACK");

    private final DossierService dossiers;
    private final RatingRepository ratings;
    private final AgencyDirectory agencies;
    private final ProvinceCatalogue catalogue;
    private final ReportService reports;
    private volatile WatchedFile<List<RankingFile.Weight>> weights;
    private volatile int ratingDays;

    @Activate
    public SatisfactionServiceImpl(@Reference DossierService dossiers, @Reference RatingRepository ratings,
                                   @Reference AgencyDirectory agencies, @Reference ProvinceCatalogue catalogue,
                                   @Reference ReportService reports, Config config) throws IOException {
        this.dossiers = dossiers;
        this.ratings = ratings;
        this.agencies = agencies;
        this.catalogue = catalogue;
        this.reports = reports;
        modified(config);
    }

    @Modified
    void modified(Config config) throws IOException {
        weights = new WatchedFile<>(WatchedFile.resolve(config.file()), RankingFile::parse, DEFAULT_WEIGHTS);
        ratingDays = Math.max(0, config.ratingDays());
    }

    @Override
    public LocalDateTime ratingOpenUntil(Dossier d) {
        LocalDateTime returned = d.progress().returnedAt();
        int days = ratingDays;
        return d.status() != DossierStatus.RETURNED || returned == null || days == 0 ? null
                : returned.toLocalDate().plusDays(days).atTime(23, 59, 59);
    }

    @Override
    public Rating rate(String code, Satisfaction convenience, Satisfaction overall, String comment) {
        Dossier d = dossiers.get(code, Actor.SYSTEM);
        if (d.status() != DossierStatus.RETURNED) {
            throw new InvalidTransitionException("rating.notReturned", CoreMessages.text("rating.notReturned"), d);
        }
        LocalDateTime now = LocalDateTime.now(DossierServiceImpl.ZONE).withNano(0);
        LocalDateTime until = ratingOpenUntil(d);
        if (until != null && now.isAfter(until)) {
            throw new InvalidTransitionException("rating.closed", CoreMessages.text("rating.closed",
                    CoreMessages.day(d.progress().returnedAt()), ratingDays), d);
        }
        List<Integer> indices = indices(d, dossiers.audit(code, Actor.SYSTEM));
        StringBuilder text = new StringBuilder();
        indices.forEach(text::append);
        String note = comment == null || comment.isBlank() ? null
                : comment.strip().substring(0, Math.min(comment.strip().length(), 2000));
        if (!ratings.insert(code, d.agencyCode(), now, convenience.name(), overall.name(), note, text.toString())) {
            throw new InvalidTransitionException("rating.twice", CoreMessages.text("rating.twice"), d);
        }
        return new Rating(code, d.agencyCode(), now, convenience, overall, note, indices);
    }

    @Override
    public Optional<Rating> rating(String code) {
        Object[] row = ratings.find(code);
        if (row == null) {
            return Optional.empty();
        }
        String digits = (String) row[5];
        List<Integer> indices = digits == null ? List.of() : digits.chars().map(ch -> ch - '0').boxed().toList();
        return Optional.of(new Rating(code, (String) row[0], (LocalDateTime) row[1],
                Satisfaction.valueOf((String) row[2]), Satisfaction.valueOf((String) row[3]), (String) row[4], indices));
    }

    /** Indices 1–9 (2, 1 or 0 points) from what the dossier itself shows. */
    List<Integer> indices(Dossier d, List<AuditEntry> trail) {
        Timeliness total = Timeliness.finished(d.dueAt(), d.progress().finishedAt());
        int whole = total == Timeliness.EARLY ? 2 : total == Timeliness.ON_TIME ? 1 : 0;
        int steps = 2;
        int supplements = 0;
        boolean transferred = false;
        for (AuditEntry e : trail) {
            if (STEP_ACTIONS.contains(e.action())) {
                Timeliness t = Timeliness.finished(e.stepDueAt(), e.at());
                if (t == Timeliness.LATE) {
                    steps = 0;
                } else if (t == Timeliness.ON_TIME) {
                    steps = Math.min(steps, 1);
                }
            }
            if (e.action().equals("REQUEST_SUPPLEMENT")) {
                supplements++;
            }
            if (e.action().equals("TRANSFER")) {
                transferred = true;
            }
        }
        boolean online = d.channel() == Channel.ONLINE;
        Agency agency = agencies.find(d.agencyCode()).orElse(null);
        boolean published = agency != null && d.receivedAt() != null && catalogue.offer(d.procedureCode(), agency,
                d.receivedAt().toLocalDate()).map(o -> o.decision() != null).orElse(false);
        return List.of(whole, steps, supplements == 0 ? 2 : supplements == 1 ? 1 : 0, online ? 2 : 1,
                transferred ? 1 : 2, published ? 2 : 1, whole, 2, online ? (total == Timeliness.LATE ? 0 : 2) : 1);
    }

    @Override
    public List<AgencySatisfaction> satisfaction(LocalDate from, LocalDate to, String agencyCode, Actor actor) {
        Collection<String> scope = ReportScope.of(agencies, agencyCode, actor);
        Map<String, Acc> byAgency = new TreeMap<>();
        for (Object[] r : ratings.ratings(from, to, scope)) {
            Acc a = byAgency.computeIfAbsent(r[0].toString().strip(), k -> new Acc());
            a.count++;
            a.convenience.merge(Satisfaction.valueOf(r[1].toString().strip()), 1L, Long::sum);
            a.overall.merge(Satisfaction.valueOf(r[2].toString().strip()), 1L, Long::sum);
            String idx = r[3].toString().strip();
            for (int i = 0; i < 9 && i < idx.length(); i++) {
                a.indexSums[i] += idx.charAt(i) - '0';
            }
        }
        List<AgencySatisfaction> result = new ArrayList<>();
        byAgency.forEach((code, a) -> result.add(a.result(code, agencies.find(code).map(Agency::name).orElse(code))));
        return result;
    }

    /** Running sums of one agency's ratings. */
    private static final class Acc {
        long count;
        Map<Satisfaction, Long> convenience = new EnumMap<>(Satisfaction.class);
        Map<Satisfaction, Long> overall = new EnumMap<>(Satisfaction.class);
        long[] indexSums = new long[9];

        AgencySatisfaction result(String code, String name) {
            List<Double> averages = new ArrayList<>();
            double score = 0;
            for (long s : indexSums) {
                double avg = Math.round(s * 100.0 / count) / 100.0;
                averages.add(avg);
                score += avg;
            }
            score = Math.round(score * 100) / 100.0;
            long satisfied = overall.getOrDefault(Satisfaction.VERY_SATISFIED, 0L)
                    + overall.getOrDefault(Satisfaction.SATISFIED, 0L);
            for (Satisfaction s : Satisfaction.values()) {
                convenience.putIfAbsent(s, 0L);
                overall.putIfAbsent(s, 0L);
            }
            return new AgencySatisfaction(code, name, count, convenience, overall,
                    Math.round(satisfied * 10000.0 / count) / 100.0, averages, score, classify(score));
        }
    }

    static String classify(double score) {
        return score > 15 ? "Xuất sắc" : score >= 12 ? "Tốt" : score >= 9 ? "Khá" : score >= 6 ? "Trung bình" : "Yếu";
    }

    @Override
    public List<RankingRow> ranking(int year, Actor actor) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<RankingFile.Weight> inForce = RankingFile.forYear(weights.current(), year);
        Collection<String> scope = ReportScope.of(agencies, null, actor);
        // a commune's place is among all the province's communes, whoever asks: the figures are read for
        // all of them, and only the rows the actor may see are answered
        Map<String, ReportRow> results = new LinkedHashMap<>();
        for (ReportRow r : reports.report(new ReportQuery(from, to, ReportQuery.GroupBy.AGENCY, null, null, null,
                null), Actor.SYSTEM).rows()) {
            results.put(r.key(), r);
        }
        Map<String, AgencySatisfaction> satisfaction = new LinkedHashMap<>();
        for (AgencySatisfaction s : satisfaction(from, to, null, Actor.SYSTEM)) {
            satisfaction.put(s.agencyCode(), s);
        }
        List<RankingRow> rows = new ArrayList<>();
        Map<String, Double> exact = new HashMap<>();
        for (Agency a : agencies.list()) {
            if (a.level() != Agency.Level.COMMUNE) {
                continue;
            }
            if (a.validFrom() != null && a.validFrom().isAfter(to) || a.validTo() != null && a.validTo().isBefore(from)) {
                continue; // not a commune at any time of the year (merged away before it, formed after it)
            }
            ReportRow r = results.get(a.code());
            AgencySatisfaction s = satisfaction.get(a.code());
            Map<String, RankingRow.Criterion> criteria = new LinkedHashMap<>();
            double score = 0;
            double weights = 0;
            double weighed = 0;
            for (RankingFile.Weight w : inForce) {
                Double value = switch (w.criterion()) {
                    case "ON_TIME_RATE" -> r == null ? null : r.onTimeRate();
                    case "SATISFACTION_RATE" -> s == null ? null : s.satisfiedShare();
                    case "ONLINE_SHARE" -> r == null || r.received() == 0 ? null
                            : Math.round(r.receivedOnline() * 10000.0 / r.received()) / 100.0;
                    case "INDEX_SCORE" -> s == null ? null : Math.round(s.indexScore() / 18 * 10000) / 100.0;
                    default -> null;
                };
                double points = value == null ? 0 : Math.round(value * w.weight()) / 100.0;
                criteria.put(w.criterion(), new RankingRow.Criterion(w.label(), value, w.weight(), points));
                score += value == null ? 0 : value * w.weight() / 100.0;
                weights += w.weight();
                weighed += value == null ? 0 : w.weight();
            }
            // a criterion without data (no rating given in the year, nothing finished) is no 0 %: the
            // commune is scored on the others, scaled to the whole; one with no data at all is not ranked
            double scaled = weighed == 0 ? 0 : score * weights / weighed;
            exact.put(a.code(), scaled);
            rows.add(new RankingRow(weighed == 0 ? 0 : -1, a.code(), a.name(), Math.round(scaled * 100) / 100.0,
                    criteria));
        }
        // ranked by the exact score (two communes that round alike are not tied); equal ones share a rank
        rows.sort((x, y) -> x.rank() != y.rank() ? Integer.compare(x.rank(), y.rank())
                : Double.compare(exact.get(y.agencyCode()), exact.get(x.agencyCode())));
        List<RankingRow> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            RankingRow x = rows.get(i);
            int rank = x.rank() == 0 ? 0 : i > 0 && exact.get(x.agencyCode()).equals(exact.get(rows.get(i - 1)
                    .agencyCode())) ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new RankingRow(rank, x.agencyCode(), x.agencyName(), x.score(), x.criteria()));
        }
        return ranked.stream().filter(x -> scope == null || scope.contains(x.agencyCode())).toList();
    }
}
