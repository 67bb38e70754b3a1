package vn.motcua.rest.internal;

import java.io.InputStream;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.dossier.Actor;
import vn.motcua.dossier.AgencyDirectory;
import vn.motcua.dossier.DossierFile;
import vn.motcua.dossier.DossierFiles;
import vn.motcua.dossier.NotFoundException;
import vn.motcua.dossier.TransitionRequest;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierQuery;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.ReceptionRequest;
import vn.motcua.rest.internal.Views.AuditEntryView;
import vn.motcua.rest.internal.Views.DossierSummaryView;
import vn.motcua.rest.internal.Views.DossierView;
import vn.motcua.rest.internal.Views.FileView;
import vn.motcua.rest.internal.Views.PageView;
import vn.motcua.slips.SlipRenderer;

/** Dossiers: reception, reading, lists, the receipt slip and the audit trail. */
@Component(service = DossiersResource.class)
@Path("/dossiers")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class DossiersResource {

    private final DossierService dossiers;
    private final AgencyDirectory agencies;
    private final SlipRenderer slips;
    private final DossierFiles files;

    @Activate
    public DossiersResource(@Reference DossierService dossiers, @Reference AgencyDirectory agencies,
                            @Reference SlipRenderer slips, @Reference DossierFiles files) {
        this.dossiers = dossiers;
        this.agencies = agencies;
        this.slips = slips;
        this.files = files;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response receive(ReceptionRequest request, @Context SecurityContext security, @Context UriInfo uri) {
        if (request == null) {
            throw new BadRequestException("body.missing", "Thiếu nội dung yêu cầu (JSON).");
        }
        Actor actor = ActorSecurityContext.actor(security);
        Dossier d = dossiers.receive(request, actor);
        return Response.created(uri.getBaseUriBuilder().path("dossiers").path(d.code()).build())
                .entity(DossierView.of(d, dossiers.allowedActions(d, actor))).build();
    }

    @GET
    @Path("/{code}")
    public DossierView get(@PathParam("code") String code, @Context SecurityContext security) {
        Actor actor = ActorSecurityContext.actor(security);
        Dossier d = dossiers.get(code, actor);
        return DossierView.of(d, dossiers.allowedActions(d, actor));
    }

    @GET
    public PageView<DossierSummaryView> search(@QueryParam("agency") String agency,
                                               @QueryParam("status") String status,
                                               @QueryParam("from") String from, @QueryParam("to") String to,
                                               @QueryParam("page") String page, @QueryParam("size") String size,
                                               @QueryParam("applicantId") String applicantId,
                                               @Context SecurityContext security) {
        DossierQuery q = new DossierQuery(Params.optional(agency),
                Params.enumValue("status", status, DossierStatus.class), Params.date("from", from),
                Params.date("to", to), Params.integer("page", page, 0, 0, 1_000_000),
                Params.integer("size", size, 20, 1, DossierQuery.MAX_SIZE), applicantId(applicantId));
        var result = dossiers.search(q, ActorSecurityContext.actor(security));
        return new PageView<>(result.items().stream().map(DossierSummaryView::of).toList(), result.page(),
                result.size(), result.total());
    }

    /** An identity number filter: 9 (CMND) or 12 (CCCD) digits, as reception validates it. */
    private static String applicantId(String value) {
        String id = Params.optional(value);
        if (id != null && !id.matches("\\d{9}|\\d{12}")) {
            throw new BadRequestException("query.invalid",
                    "Tham số applicantId phải là số CMND (9 chữ số) hoặc CCCD (12 chữ số).");
        }
        return id;
    }

    @POST
    @Path("/{code}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public DossierView act(@PathParam("code") String code, TransitionRequest request,
                           @Context SecurityContext security) {
        if (request == null) {
            throw new BadRequestException("body.missing", "Thiếu nội dung yêu cầu (JSON).");
        }
        Actor actor = ActorSecurityContext.actor(security);
        Dossier d = dossiers.act(code, request, actor);
        return DossierView.of(d, dossiers.allowedActions(d, actor));
    }

    /**
     * Uploads a scanned file of one of the dossier's documents: the body is the file itself, its
     * Content-Type the file's (PDF, JPEG or PNG, checked against the content).
     */
    @POST
    @Path("/{code}/files")
    @Consumes(MediaType.WILDCARD)
    public Response upload(@PathParam("code") String code, @QueryParam("document") String document,
                           @QueryParam("name") String name, @HeaderParam("Content-Type") String contentType,
                           InputStream body, @Context SecurityContext security) {
        Params.required("document", document);
        DossierFile f = files.store(code, document, name, contentType, body, ActorSecurityContext.actor(security));
        return Response.status(201).entity(FileView.of(f, "/api/dossiers/" + code + "/files")).build();
    }

    @GET
    @Path("/{code}/files")
    public List<FileView> files(@PathParam("code") String code, @Context SecurityContext security) {
        return files.list(code, ActorSecurityContext.actor(security)).stream()
                .map(f -> FileView.of(f, "/api/dossiers/" + code + "/files")).toList();
    }

    @GET
    @Path("/{code}/files/{id}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("code") String code, @PathParam("id") String id,
                             @Context SecurityContext security) {
        long n = Params.integer("id", id, 0, 1, Integer.MAX_VALUE);
        return FileAnswer.of(files.open(code, n, ActorSecurityContext.actor(security)));
    }

    @GET
    @Path("/{code}/receipt")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String receipt(@PathParam("code") String code, @Context SecurityContext security) {
        return slip(code, SlipRenderer.Slip.RECEIPT.slug(), security);
    }

    /** The printable result (trích lục, quyết định…) the field bundle made at approval. */
    @GET
    @Path("/{code}/result")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String result(@PathParam("code") String code, @Context SecurityContext security) {
        return dossiers.resultDocument(code, ActorSecurityContext.actor(security)).orElseThrow(
                () -> new NotFoundException("result.none", "Hồ sơ " + code + " chưa có kết quả in được."));
    }

    @GET
    @Path("/{code}/slips/{slip}")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String slip(@PathParam("code") String code, @PathParam("slip") String slipName,
                       @Context SecurityContext security) {
        SlipRenderer.Slip slip = SlipRenderer.Slip.of(slipName);
        if (slip == null) {
            throw new NotFoundException("slip.unknown", "Không có phiếu '" + Params.clip(slipName)
                    + "'; các phiếu: receipt, supplement-request, refusal, apology, stop-notice, control.");
        }
        Actor actor = ActorSecurityContext.actor(security);
        Dossier d = dossiers.get(code, actor);
        String html = slips.render(slip, d, dossiers.audit(code, actor), c -> agencies.find(c).orElse(null));
        if (html == null) {
            throw new NotFoundException("slip.none", "Hồ sơ " + code + " chưa có phiếu này.");
        }
        return html;
    }

    @GET
    @Path("/{code}/audit")
    public List<AuditEntryView> audit(@PathParam("code") String code, @Context SecurityContext security) {
        return dossiers.audit(code, ActorSecurityContext.actor(security)).stream().map(AuditEntryView::of).toList();
    }
}
