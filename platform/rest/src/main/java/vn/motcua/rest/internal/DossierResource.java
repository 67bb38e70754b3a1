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

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.dossier.Actor;
import vn.motcua.dossier.AgencyDirectory;
import vn.motcua.dossier.DossierFile;
import vn.motcua.dossier.DossierFiles;
import vn.motcua.dossier.NotFoundException;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierService;
import vn.motcua.portal.OutboxMonitor;
import vn.motcua.rest.internal.Views.AuditEntryView;
import vn.motcua.rest.internal.Views.DossierView;
import vn.motcua.rest.internal.Views.FileView;
import vn.motcua.rest.internal.Views.NoticeView;
import vn.motcua.slips.SlipRenderer;

/** One dossier: reading it, its files, its slips and printable result, its audit trail, its notices. */
@Component(service = DossierResource.class)
@Path("/dossiers/{code}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class DossierResource {

    private final DossierService dossiers;
    private final AgencyDirectory agencies;
    private final SlipRenderer slips;
    private final DossierFiles files;
    private final OutboxMonitor outbox;

    @Activate
    public DossierResource(@Reference DossierService dossiers, @Reference AgencyDirectory agencies,
                           @Reference SlipRenderer slips, @Reference DossierFiles files,
                           @Reference OutboxMonitor outbox) {
        this.outbox = outbox;
        this.dossiers = dossiers;
        this.agencies = agencies;
        this.slips = slips;
        this.files = files;
    }

    @GET
    public DossierView get(@PathParam("code") String code, @Context SecurityContext security) {
        Actor actor = ActorSecurityContext.actor(security);
        Dossier d = dossiers.get(code, actor);
        return DossierView.of(d, dossiers.allowedActions(d, actor));
    }

    /**
     * Uploads a scanned file of one of the dossier's documents: the body is the file itself, its
     * Content-Type the file's (PDF, JPEG or PNG, checked against the content).
     */
    @POST
    @Path("/files")
    @Consumes(MediaType.WILDCARD)
    public Response upload(@PathParam("code") String code, @QueryParam("document") String document,
                           @QueryParam("name") String name, @HeaderParam("Content-Type") String contentType,
                           InputStream body, @Context SecurityContext security) {
        Params.required("document", document);
        DossierFile f = files.store(code, document, name, contentType, body, ActorSecurityContext.actor(security));
        return Response.status(201).entity(FileView.of(f, "/api/dossiers/" + code + "/files")).build();
    }

    @GET
    @Path("/files")
    public List<FileView> files(@PathParam("code") String code, @Context SecurityContext security) {
        return files.list(code, ActorSecurityContext.actor(security)).stream()
                .map(f -> FileView.of(f, "/api/dossiers/" + code + "/files")).toList();
    }

    @GET
    @Path("/files/{id}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("code") String code, @PathParam("id") String id,
                             @Context SecurityContext security) {
        long n = Params.integer("id", id, 0, 1, Integer.MAX_VALUE);
        return FileAnswer.of(files.open(code, n, ActorSecurityContext.actor(security)));
    }

    @GET
    @Path("/receipt")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String receipt(@PathParam("code") String code, @Context SecurityContext security) {
        return slip(code, SlipRenderer.Slip.RECEIPT.slug(), security);
    }

    /** The printable result (trích lục, quyết định…) the field bundle made at approval. */
    @GET
    @Path("/result")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String result(@PathParam("code") String code, @Context SecurityContext security) {
        return dossiers.resultDocument(code, ActorSecurityContext.actor(security)).orElseThrow(
                () -> new NotFoundException("result.none", "Hồ sơ " + code + " chưa có kết quả in được."));
    }

    @GET
    @Path("/slips/{slip}")
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

    /**
     * The notices written for the applicant (SMS, e-mail), each with what became of it: who may read
     * the dossier may read them.
     */
    @GET
    @Path("/notices")
    public List<NoticeView> notices(@PathParam("code") String code, @Context SecurityContext security) {
        Dossier d = dossiers.get(code, ActorSecurityContext.actor(security));
        return outbox.notices(d.code()).stream().map(NoticeView::of).toList();
    }

    @GET
    @Path("/audit")
    public List<AuditEntryView> audit(@PathParam("code") String code, @Context SecurityContext security) {
        return dossiers.audit(code, ActorSecurityContext.actor(security)).stream().map(AuditEntryView::of).toList();
    }
}
