package vn.motcua.rest.internal;

import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.dossier.Action;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.AgencyDirectory;
import vn.motcua.dossier.AuditEntry;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierFile;
import vn.motcua.dossier.DossierFiles;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.NotFoundException;
import vn.motcua.dossier.Rating;
import vn.motcua.dossier.ReceptionRequest;
import vn.motcua.dossier.Role;
import vn.motcua.dossier.Satisfaction;
import vn.motcua.dossier.SatisfactionService;
import vn.motcua.dossier.TransitionRequest;
import vn.motcua.procedure.Submission.SubmittedDocument;
import vn.motcua.rest.internal.Views.ErrorView;
import vn.motcua.slips.SlipRenderer;

/**
 * What citizens reach without an account: online submission, and their own dossier by its code
 * plus the last four digits of their identity number (nothing else is revealed on a mismatch; a
 * client that keeps guessing is slowed down).
 */
@Component(service = PublicResource.class)
@Path("/public")
@Produces(MediaType.APPLICATION_JSON)
public class PublicResource {

    /** The last 4 digits of the applicant's ID number, or all 12 of them. */
    private static final Pattern SUFFIX = Pattern.compile("\\d{4}|\\d{12}");
    private static final String NOT_FOUND = "Không tìm thấy hồ sơ với mã và số định danh đã nhập.";
    /** Actions whose entries a citizen sees in the timeline (not who did them). */
    private static final Set<String> VISIBLE = Set.of("SUBMIT", "RECEIVE", "ACCEPT", "REFUSE", "HAND_OVER",
            "REQUEST_SUPPLEMENT", "SUPPLEMENT", "REQUEST_FEE", "FEE_PAID", "STOP", "RESUME", "WITHDRAW", "APOLOGIZE",
            "TRANSFER", "TRANSFER_BACK", "APPROVE", "RETURN_RESULT", "RECALCULATE_DUE");

    private final DossierService dossiers;
    private final SatisfactionService satisfaction;
    private final DossierFiles files;
    private final SlipRenderer slips;
    private final AgencyDirectory agencies;
    /**
     * Lookups (uploads, supplements and ratings included) and wrong ones per address. Many citizens can
     * share one address (a commune's Wi-Fi, the kiosk at the counter, a mobile carrier's NAT), so these
     * only stop a machine walking through codes; one who mistypes is stopped at that dossier.
     */
    private final RateLimiter lookups = new RateLimiter(600, 600);
    private final RateLimiter failedLookups = new RateLimiter(100, 600);
    /** Wrong identity digits for one dossier from one address. */
    private final RateLimiter failedByClientAndCode = new RateLimiter(10, 600);
    /**
     * Wrong identity digits per dossier code, from any address: the four digits are 10,000 guesses,
     * and a guesser with many addresses would get past the per-address limit.
     */
    private final RateLimiter failedByCode = new RateLimiter(20, 3600);
    /** Dossiers stored per client and hour; a refused attempt (422) is not one, so correcting a form costs nothing. */
    private final RateLimiter submissions = new RateLimiter(20, 3600);
    /** Every attempt, refused ones included, against a flood of invalid requests. */
    private final RateLimiter submissionAttempts = new RateLimiter(200, 3600);

    private final ClientAddresses clients;

    @Activate
    public PublicResource(@Reference DossierService dossiers, @Reference SatisfactionService satisfaction,
                          @Reference DossierFiles files, @Reference ClientAddresses clients,
                          @Reference SlipRenderer slips, @Reference AgencyDirectory agencies) {
        this.dossiers = dossiers;
        this.satisfaction = satisfaction;
        this.files = files;
        this.slips = slips;
        this.agencies = agencies;
        this.clients = clients;
    }

    /** What a citizen sees of a dossier. */
    public record TimelineEntry(LocalDateTime at, String action, String status, String statusLabel, String note) {
    }

    public record PublicDossierView(String code, String procedureCode, String procedureName, String agencyName,
                                    String status, int statusCode, String statusLabel, LocalDateTime submittedAt,
                                    LocalDateTime receivedAt, LocalDateTime dueAt, LocalDateTime appointmentAt,
                                    LocalDateTime finishedAt, LocalDateTime returnedAt, long fee,
                                    List<Object> requestedDocuments, List<TimelineEntry> timeline,
                                    LocalDateTime ratedAt, LocalDateTime ratingOpenUntil,
                                    List<Object> guidedDocuments) {
    }

    @POST
    @Path("/dossiers")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(ReceptionRequest request, @Context HttpServletRequest http, @Context UriInfo uri) {
        String client = clients.of(http);
        if (submissions.exhausted(client)) {
            throw tooMany(submissions);
        }
        if (!submissionAttempts.allow(client)) {
            throw tooMany(submissionAttempts);
        }
        if (request == null) {
            throw new BadRequestException("body.missing", "Thiếu nội dung yêu cầu (JSON).");
        }
        ReceptionRequest online = new ReceptionRequest(request.procedureCode(), request.agencyCode(), Channel.ONLINE,
                request.applicant(), request.documents(), request.form());
        Dossier d = dossiers.submit(online, citizen(request.applicant() == null ? null
                : request.applicant().idNumber(), request.applicant() == null ? null : request.applicant().fullName()));
        submissions.allow(client);
        return Response.created(Locations.under(uri.getBaseUri(), "public", "dossiers", d.code()))
                .entity(view(d, List.of(), null, null)).build();
    }

    @GET
    @Path("/dossiers/{code}")
    public PublicDossierView lookup(@PathParam("code") String code, @QueryParam("idSuffix") String idSuffix,
                                    @Context HttpServletRequest http) {
        Dossier d = verified(code, idSuffix, clients.of(http));
        LocalDateTime ratedAt = d.status() == DossierStatus.RETURNED
                ? satisfaction.rating(d.code()).map(Rating::ratedAt).orElse(null) : null;
        return view(d, dossiers.audit(d.code(), Actor.SYSTEM), ratedAt, ratedAt == null ? satisfaction.ratingOpenUntil(d) : null);
    }

    /**
     * A slip addressed to the applicant, to view and print as the counter would have handed it:
     * the receipt with the appointment, the supplement request, the refusal, the apology, the stop
     * notice (the officials' control slip is not the applicant's).
     */
    @GET
    @Path("/dossiers/{code}/slips/{slip}")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String slip(@PathParam("code") String code, @PathParam("slip") String slipName,
                       @QueryParam("idSuffix") String idSuffix, @Context HttpServletRequest http) {
        Dossier d = verified(code, idSuffix, clients.of(http));
        SlipRenderer.Slip slip = SlipRenderer.Slip.of(slipName);
        if (slip == null || slip == SlipRenderer.Slip.CONTROL) {
            throw new NotFoundException("slip.unknown", "Không có phiếu '" + Params.clip(slipName)
                    + "'; các phiếu: receipt, supplement-request, refusal, apology, stop-notice.");
        }
        String html = slips.render(slip, withoutContacts(d), dossiers.audit(d.code(), Actor.SYSTEM),
                c -> agencies.find(c).orElse(null));
        if (html == null) {
            throw new NotFoundException("slip.none", "Hồ sơ " + d.code() + " chưa có phiếu này.");
        }
        return html;
    }

    /**
     * The dossier as a slip may show it to whoever holds its code and four digits: the applicant's
     * name, but not the other eight digits, the phone, the e-mail or the address (the lookup shows
     * none of them either; the paper slip the counter hands over has them).
     */
    private static final String HIDDEN = "(ẩn khi tra cứu trực tuyến)";

    private static Dossier withoutContacts(Dossier d) {
        vn.motcua.procedure.Submission.Applicant a = d.applicant();
        String id = a.idNumber();
        vn.motcua.procedure.Submission.Applicant shown = new vn.motcua.procedure.Submission.Applicant(a.fullName(),
                id == null || id.length() <= 4 ? id : "*".repeat(id.length() - 4) + id.substring(id.length() - 4),
                a.phone() == null ? null : HIDDEN, a.address() == null ? null : HIDDEN, a.email() == null ? null : HIDDEN);
        return new Dossier(d.code(), d.procedureCode(), d.procedureName(), d.fieldCode(), d.fieldName(), d.agencyCode(),
                d.agencyName(), d.channel(), d.status(), shown, d.documents(), d.form(), d.timeLimit(), d.submittedAt(),
                d.receivedAt(), d.countFrom(), d.dueAt(), d.fee(), d.feeLines(), d.receivedBy(), d.receivedByName(),
                d.version(), d.progress());
    }

    /** The applicant hands in what the one-stop asked for, online. */
    @POST
    @Path("/dossiers/{code}/supplement")
    @Consumes(MediaType.APPLICATION_JSON)
    public PublicDossierView supplement(@PathParam("code") String code, @QueryParam("idSuffix") String idSuffix,
                                        SupplementRequest request, @Context HttpServletRequest http) {
        Dossier d = verified(code, idSuffix, clients.of(http));
        if (request == null) {
            throw new BadRequestException("body.missing", "Thiếu nội dung yêu cầu (JSON).");
        }
        if (d.status() != DossierStatus.SUPPLEMENT_REQUESTED) {
            // a second device, an old tab, or a supplement never asked for: said plainly
            throw new vn.motcua.dossier.InvalidTransitionException("supplement.notAwaited",
                    d.status() == DossierStatus.SUBMITTED
                    ? "Hồ sơ đang chờ Bộ phận tiếp nhận kiểm tra, không có yêu cầu bổ sung nào đang chờ (nếu Ông/Bà "
                            + "vừa nộp bổ sung, phần bổ sung đã được nhận)."
                    : "Hồ sơ không có yêu cầu bổ sung nào đang chờ (trạng thái hiện tại: " + d.status().label() + ").",
                    null);
        }
        if (request.documents() != null && request.documents().stream().anyMatch(java.util.Objects::isNull)) {
            throw new BadRequestException("body.invalid", "Danh sách giấy tờ bổ sung (documents) có phần tử rỗng.");
        }
        Dossier after = dossiers.act(d.code(), new TransitionRequest(Action.SUPPLEMENT, request.version(), request.note(),
                null, null, request.documents(), null, null, null, null, null, null, request.form()),
                citizen(d.applicant().idNumber(), d.applicant().fullName()));
        return view(after, dossiers.audit(d.code(), Actor.SYSTEM), null, null);
    }

    /**
     * The applicant uploads a scanned file of a document of their dossier, while it waits for them
     * (just submitted online, or asked for a supplement); the body is the file.
     */
    @POST
    @Path("/dossiers/{code}/files")
    @Consumes(MediaType.WILDCARD)
    public Response upload(@PathParam("code") String code, @QueryParam("idSuffix") String idSuffix,
                           @QueryParam("document") String document, @QueryParam("name") String name,
                           @HeaderParam("Content-Type") String contentType, InputStream body,
                           @Context HttpServletRequest http) {
        Dossier d = verified(code, idSuffix, clients.of(http));
        Params.required("document", document);
        DossierFile f = files.store(d.code(), document, name, contentType, body,
                citizen(d.applicant().idNumber(), d.applicant().fullName()));
        return Response.status(201).entity(publicFile(f)).build();
    }

    /** The files of the applicant's dossier (names, types and digests; the content stays with the officials). */
    @GET
    @Path("/dossiers/{code}/files")
    public List<PublicFileView> files(@PathParam("code") String code, @QueryParam("idSuffix") String idSuffix,
                                      @Context HttpServletRequest http) {
        Dossier d = verified(code, idSuffix, clients.of(http));
        return files.list(d.code(), citizen(d.applicant().idNumber(), d.applicant().fullName())).stream()
                .map(PublicResource::publicFile).toList();
    }

    /** A file as the applicant sees it. */
    public record PublicFileView(long id, String document, String name, String contentType, long size, String sha256,
                                 LocalDateTime uploadedAt) {
    }

    private static PublicFileView publicFile(DossierFile f) {
        return new PublicFileView(f.id(), f.documentCode(), f.name(), f.contentType(), f.size(), f.sha256(),
                f.uploadedAt());
    }

    /** The applicant rates the dossier once it is returned (questions 10–11 of Circular 01/2018). */
    @POST
    @Path("/dossiers/{code}/rating")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response rate(@PathParam("code") String code, @QueryParam("idSuffix") String idSuffix,
                         RatingRequest request, @Context HttpServletRequest http) {
        Dossier d = verified(code, idSuffix, clients.of(http));
        if (request == null || request.convenience() == null || request.overall() == null) {
            throw new BadRequestException("rating.incomplete", "Phải chọn mức độ thuận tiện (convenience) và đánh giá "
                    + "tổng thể (overall): VERY_SATISFIED, SATISFIED hoặc DISSATISFIED.");
        }
        if (request.comment() != null && request.comment().length() > 2000) {
            throw new BadRequestException("rating.comment", "Góp ý dài quá 2.000 ký tự.");
        }
        return Response.status(201).entity(satisfaction.rate(d.code(), request.convenience(), request.overall(),
                request.comment())).build();
    }

    /** The body of a rating. */
    public record RatingRequest(Satisfaction convenience, Satisfaction overall, String comment) {
    }

    /** The body of an online supplement. */
    public record SupplementRequest(Long version, String note, List<SubmittedDocument> documents,
                                    Map<String, String> form) {
    }

    private Dossier verified(String code, String idSuffix, String client) {
        if (failedLookups.exhausted(client) || !lookups.allow(client)) {
            throw tooMany(failedLookups);
        }
        // codes are printed in capitals; one typed in lower case into an address is the same code
        String key = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        String pair = client + ' ' + key;
        if (failedByClientAndCode.exhausted(pair)) {
            throw tooMany(failedByClientAndCode, "Đã nhập sai số định danh của hồ sơ này quá nhiều lần; vui lòng thử "
                    + "lại sau khoảng " + minutes(failedByClientAndCode) + " phút.");
        }
        if (failedByCode.exhausted(key)) {
            throw tooMany(failedByCode, "Hồ sơ này đã bị tra cứu sai số định danh quá nhiều lần nên tạm khóa tra "
                    + "cứu trực tuyến một giờ; Ông/Bà có thể hỏi Bộ phận tiếp nhận và trả kết quả.");
        }
        if (idSuffix == null || !SUFFIX.matcher(idSuffix.strip()).matches()) {
            throw new BadRequestException("param.invalid", "Hãy nhập đúng 4 chữ số cuối của số định danh cá nhân "
                    + "(CCCD) của người nộp hồ sơ (tham số idSuffix).");
        }
        Dossier d;
        try {
            d = dossiers.get(key, Actor.SYSTEM);
        } catch (NotFoundException e) {
            d = null;
        }
        if (d == null || !d.applicant().idNumber().endsWith(idSuffix.strip())) {
            failedLookups.allow(client);
            if (d != null) { // unknown codes need no protection, and would fill the counters
                failedByClientAndCode.allow(pair);
                failedByCode.allow(key);
            }
            throw new NotFoundException("dossier.not-found", NOT_FOUND);
        }
        return d;
    }

    private static Actor citizen(String idNumber, String name) {
        return new Actor("cong-dan:" + (idNumber == null ? "?" : idNumber), name, Set.of(Role.CITIZEN), null);
    }

    private static PublicDossierView view(Dossier d, List<AuditEntry> trail, LocalDateTime ratedAt,
                                          LocalDateTime ratingOpenUntil) {
        List<TimelineEntry> timeline = new ArrayList<>();
        List<Object> requested = List.of();
        for (AuditEntry e : trail) {
            if (VISIBLE.contains(e.action())) {
                timeline.add(new TimelineEntry(e.at(), e.action(), e.toStatus().name(), e.toStatus().label(),
                        e.action().equals("REQUEST_SUPPLEMENT") || e.action().equals("REFUSE")
                                || e.action().equals("APOLOGIZE") || e.action().equals("STOP")
                                || e.action().equals("RECALCULATE_DUE") ? e.note() : null));
            }
            if (e.action().equals("REQUEST_SUPPLEMENT") && e.details().get("requestedDocuments") instanceof List<?> l) {
                requested = new ArrayList<>(l);
            }
        }
        // supplemented, waiting to be accepted: the papers the guidance asked for, whose scans may be sent again
        List<Object> guided = d.status() == DossierStatus.SUBMITTED ? requested : List.of();
        if (d.status() != DossierStatus.SUPPLEMENT_REQUESTED) {
            requested = List.of();
        }
        return new PublicDossierView(d.code(), d.procedureCode(), d.procedureName(), d.agencyName(), d.status().name(),
                d.status().portalCode(), d.status().label(), d.submittedAt(), d.receivedAt(), d.dueAt(),
                d.progress().appointmentAt(), d.progress().finishedAt(), d.progress().returnedAt(), d.fee(), requested,
                timeline, ratedAt, ratingOpenUntil, guided);
    }

    private static WebApplicationException tooMany(RateLimiter limiter) {
        return tooMany(limiter, "Quá nhiều lần tra cứu hoặc nộp hồ sơ từ máy này; vui lòng thử lại sau khoảng "
                + minutes(limiter) + " phút.");
    }

    /** A limiter's window in whole minutes, as the 429 message says it. */
    private static long minutes(RateLimiter limiter) {
        return Math.max(1, (limiter.windowSeconds() + 59) / 60);
    }

    private static WebApplicationException tooMany(RateLimiter limiter, String message) {
        return new WebApplicationException(Response.status(429)
                .header("Retry-After", Long.toString(limiter.windowSeconds()))
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ErrorView(429, "rate.limited", message, null)).build());
    }
}
