package vn.motcua.rest.internal;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.dossier.NotFoundException;
import vn.motcua.dossier.ProcedureCatalog;
import vn.motcua.rest.internal.Views.ProcedureSummaryView;
import vn.motcua.rest.internal.Views.ProcedureView;

/** The catalogue of installed procedures. */
@Component(service = ProceduresResource.class)
@Path("/procedures")
@Produces(MediaType.APPLICATION_JSON)
public class ProceduresResource {

    private final ProcedureCatalog catalog;

    @Activate
    public ProceduresResource(@Reference ProcedureCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    public List<ProcedureSummaryView> list(@QueryParam("field") String field) {
        return catalog.list(Params.optional(field)).stream().map(ProcedureSummaryView::of).toList();
    }

    @GET
    @Path("/{code}")
    public ProcedureView get(@PathParam("code") String code) {
        return catalog.find(code).map(ProcedureView::of).orElseThrow(() -> new NotFoundException(
                "procedure.not-found", "Không có thủ tục hành chính mã " + code + " trong danh mục đang cung cấp."));
    }
}
