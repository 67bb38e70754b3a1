package vn.motcua.rest.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.dossier.Actor;
import vn.motcua.dossier.Agency;
import vn.motcua.dossier.AgencyDirectory;
import vn.motcua.dossier.AgencySatisfaction;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.ProcedureCatalog;
import vn.motcua.dossier.RankingRow;
import vn.motcua.dossier.SatisfactionService;
import vn.motcua.dossier.Report;
import vn.motcua.dossier.ReportQuery;
import vn.motcua.dossier.ReportRow;
import vn.motcua.dossier.ReportService;

/** Statistics for any period, as JSON, CSV or an Excel workbook. */
@Component(service = ReportsResource.class)
@Path("/reports")
@Authenticated
public class ReportsResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> HEADERS = List.of("Mã", "Tên", "Kỳ trước chuyển sang", "Tiếp nhận trong kỳ",
            "Trực tiếp", "Trực tuyến", "Bưu chính", "Đã giải quyết trước hạn", "Đã giải quyết đúng hạn",
            "Đã giải quyết quá hạn", "Rút hồ sơ", "Từ chối", "Đã trả kết quả", "Đang giải quyết trong hạn",
            "Đang giải quyết quá hạn", "Tạm dừng", "Tỷ lệ trước và đúng hạn (%)", "Thời gian giải quyết trung bình (ngày)");

    private final ReportService reports;
    private final SatisfactionService satisfaction;
    private final AgencyDirectory agencies;
    private final ProcedureCatalog catalog;

    @Activate
    public ReportsResource(@Reference ReportService reports, @Reference SatisfactionService satisfaction,
                           @Reference AgencyDirectory agencies, @Reference ProcedureCatalog catalog) {
        this.catalog = catalog;
        this.reports = reports;
        this.satisfaction = satisfaction;
        this.agencies = agencies;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv", XLSX})
    public Response report(@QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("groupBy") String groupBy, @QueryParam("agency") String agency,
                           @QueryParam("field") String field, @QueryParam("procedure") String procedure,
                           @QueryParam("channel") String channel, @QueryParam("format") String format,
                           @Context SecurityContext security, @Context HttpHeaders headers) {
        Params.Period period = Params.period(from, to);
        ReportQuery q = new ReportQuery(period.from(), period.to(),
                Params.enumValue("groupBy", groupBy, ReportQuery.GroupBy.class),
                Params.optional(agency), Params.optional(field), Params.optional(procedure),
                Params.enumValue("channel", channel, Channel.class));
        Report report = reports.report(q, ActorSecurityContext.actor(security));
        String kind = Params.optional(format) == null ? negotiated(headers)
                : format.strip().toLowerCase(java.util.Locale.ROOT);
        String name = "bao-cao-" + period.from() + "-" + period.to();
        return switch (kind) {
            case "json" -> Response.ok(report, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
            case "csv" -> Response.ok(csv(report), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
            case "xlsx" -> Response.ok(Xlsx.of("Báo cáo", titled(report, q, scopeName(q, security),
                    name(q.fieldCode(), c -> catalog.list(c).stream().findFirst().map(p -> p.descriptor().field().name())),
                    name(q.procedureCode(), c -> catalog.find(c).map(p -> p.descriptor().name())))), XLSX)
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"").build();
            default -> throw new BadRequestException("param.invalid", "Tham số format nhận json, csv hoặc xlsx.");
        };
    }

    /** Without {@code format}: the first of JSON, CSV and XLSX that the client's Accept header takes. */
    private static String negotiated(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return "json";
            }
            if (accepted.isCompatible(MediaType.valueOf("text/csv"))) {
                return "csv";
            }
            if (accepted.isCompatible(MediaType.valueOf(XLSX))) {
                return "xlsx";
            }
        }
        return "json";
    }

    /** Per-agency satisfaction for ratings in a period. */
    @GET
    @Path("/satisfaction")
    @Produces(MediaType.APPLICATION_JSON)
    public List<AgencySatisfaction> satisfaction(@QueryParam("from") String from, @QueryParam("to") String to,
                                                @QueryParam("agency") String agency,
                                                @Context SecurityContext security) {
        Params.Period period = Params.period(from, to);
        return satisfaction.satisfaction(period.from(), period.to(), Params.optional(agency),
                ActorSecurityContext.actor(security));
    }

    /** The yearly ranking of communes, with each commune's points per criterion. */
    @GET
    @Path("/ranking")
    @Produces(MediaType.APPLICATION_JSON)
    public List<RankingRow> ranking(@QueryParam("year") String year, @Context SecurityContext security) {
        return satisfaction.ranking(Params.integer("year", Params.required("year", year), 0, 2000, 2100),
                ActorSecurityContext.actor(security));
    }

    /**
     * The header and the rows; the whole (the total, a report's one row when not grouped) keyed "*"
     * for programs (CSV), or not keyed for people (XLSX): its label says what it is.
     */
    static List<List<Object>> table(Report r, boolean wholeKeyed) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(HEADERS));
        for (ReportRow row : r.rows()) {
            rows.add(cells(row));
        }
        rows.add(cells(r.total()));
        if (!wholeKeyed) {
            for (List<Object> row : rows) {
                if ("*".equals(row.get(0))) {
                    row.set(0, "");
                }
            }
        }
        return rows;
    }

    /**
     * The table under what it is: the title, the period and the scope, as a printed report states
     * them (the CSV stays the bare table, for programs to read).
     */
    /** Whose dossiers a report counts: the agency asked for, else the caller's, else the province. */
    private String scopeName(ReportQuery q, SecurityContext security) {
        Actor actor = ActorSecurityContext.actor(security);
        String code = q.agencyCode() != null ? q.agencyCode() : actor.seesWholeProvince() ? null : actor.agencyCode();
        return code == null ? "toàn tỉnh" : agencies.find(code).map(Agency::name).orElse(code);
    }

    /** What a code stands for, for people (the code itself when nothing installed knows it). */
    private static String name(String code, java.util.function.Function<String, java.util.Optional<String>> lookup) {
        return code == null ? null : lookup.apply(code).map(n -> n + " (" + code + ")").orElse(code);
    }

    static List<List<Object>> titled(Report r, ReportQuery q, String scopeName, String fieldName,
                                     String procedureName) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("BÁO CÁO TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"));
        rows.add(List.of("Kỳ báo cáo: từ ngày " + DAY.format(r.from()) + " đến ngày " + DAY.format(r.to())));
        List<String> scope = new ArrayList<>();
        scope.add("Phạm vi: " + scopeName);
        scope.add(r.groupBy() == ReportQuery.GroupBy.PROVINCE ? "tổng hợp chung"
                : "tổng hợp theo " + GROUPS.get(r.groupBy()));
        if (fieldName != null) {
            scope.add("lĩnh vực " + fieldName);
        }
        if (procedureName != null) {
            scope.add("thủ tục " + procedureName);
        }
        if (q.channel() != null) {
            scope.add("kênh " + q.channel().label());
        }
        rows.add(List.of(String.join("; ", scope)));
        rows.add(List.of());
        rows.addAll(table(r, false));
        return rows;
    }

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final java.util.Map<ReportQuery.GroupBy, String> GROUPS = java.util.Map.of(
            ReportQuery.GroupBy.PROVINCE, "", ReportQuery.GroupBy.AGENCY, "cơ quan, đơn vị",
            ReportQuery.GroupBy.FIELD, "lĩnh vực", ReportQuery.GroupBy.PROCEDURE, "thủ tục",
            ReportQuery.GroupBy.CHANNEL, "kênh tiếp nhận");

    private static List<Object> cells(ReportRow r) {
        List<Object> c = new ArrayList<>();
        c.add(r.key());
        c.add(r.label());
        for (long v : new long[] {r.carriedOver(), r.received(), r.receivedCounter(), r.receivedOnline(),
            r.receivedPost(), r.finishedEarly(), r.finishedOnTime(), r.finishedLate(), r.withdrawn(), r.refused(),
            r.returned(), r.openWithinTime(), r.openOverdue(), r.paused()}) {
            c.add(v);
        }
        c.add(r.onTimeRate());
        c.add(r.averageProcessingDays());
        return c;
    }

    /** UTF-8 with a byte-order mark, so that Excel shows the Vietnamese headers right. */
    static byte[] csv(Report r) {
        StringBuilder b = new StringBuilder("\uFEFF");
        for (List<Object> row : table(r, true)) {
            for (int i = 0; i < row.size(); i++) {
                Object v = row.get(i);
                String s = v == null ? "" : v.toString();
                if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
                    s = "\"" + s.replace("\"", "\"\"") + "\"";
                }
                b.append(i == 0 ? "" : ",").append(s);
            }
            b.append("\r\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
