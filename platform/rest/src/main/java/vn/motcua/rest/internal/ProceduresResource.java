package vn.motcua.rest.internal;

import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.NotFoundException;
import vn.motcua.dossier.ReceptionRequest;
import vn.motcua.procedure.Fee;
import vn.motcua.procedure.Submission.SubmittedDocument;
import vn.motcua.dossier.ProcedureCatalog;
import vn.motcua.rest.internal.Views.ProcedureSummaryView;
import vn.motcua.rest.internal.Views.ProcedureView;

/** The catalogue of installed procedures. */
@Component(service = ProceduresResource.class)
@Path("/procedures")
@Produces(MediaType.APPLICATION_JSON)
public class ProceduresResource {

    private final ProcedureCatalog catalog;
    private final DossierService dossiers;

    @Activate
    public ProceduresResource(@Reference ProcedureCatalog catalog, @Reference DossierService dossiers) {
        this.catalog = catalog;
        this.dossiers = dossiers;
    }

    @GET
    public List<ProcedureSummaryView> list(@QueryParam("field") String field) {
        return catalog.list(Params.optional(field)).stream().map(ProcedureSummaryView::of).toList();
    }

    /** The fee a request would be charged now: for the counter form and the citizen's page, as they are filled in. */
    public record FeeQuery(String agencyCode, String channel, List<SubmittedDocument> documents,
                           Map<String, String> form) {
    }

    /** A computed fee; computed is false when the procedure could not compute it from what is filled in yet. */
    public record FeeView(long fee, List<String> feeLines, boolean computed) {
    }

    @POST
    @Path("/{code}/fee")
    @Consumes(MediaType.APPLICATION_JSON)
    public FeeView fee(@PathParam("code") String code, FeeQuery query) {
        FeeQuery q = query == null ? new FeeQuery(null, null, List.of(), Map.of()) : query;
        Channel channel = Params.enumValue("channel", q.channel(), Channel.class);
        if (q.documents() != null && q.documents().size() > 100) {
            throw new BadRequestException("documents.tooMany", "Quá nhiều thành phần hồ sơ.");
        }
        Fee fee = dossiers.quote(new ReceptionRequest(code, Params.optional(q.agencyCode()),
                channel == null ? Channel.COUNTER : channel, null,
                q.documents(), q.form()));
        return fee == null ? new FeeView(0, List.of("Chưa tính được phí, lệ phí từ thông tin đã nhập."), false)
                : new FeeView(fee.amount(), fee.lines(), true);
    }

    @GET
    @Path("/{code}")
    public ProcedureView get(@PathParam("code") String code) {
        return catalog.find(code).map(ProcedureView::of).orElseThrow(() -> new NotFoundException(
                "procedure.not-found", "Không có thủ tục hành chính mã " + code + " trong danh mục đang cung cấp."));
    }
}
