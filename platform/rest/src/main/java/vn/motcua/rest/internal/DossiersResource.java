package vn.motcua.rest.internal;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
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
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierQuery;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.ReceptionRequest;
import vn.motcua.rest.internal.Views.DossierSummaryView;
import vn.motcua.rest.internal.Views.DossierView;
import vn.motcua.rest.internal.Views.PageView;

/**
 * Dossiers: reception and lists. One dossier's own paths are {@link DossierResource} and
 * {@link DossierTransitionsResource}: CXF matches a request against every method of the resource
 * class its path selects (a regular expression and a copied parameter map each), so a class per
 * path keeps the two busiest requests, reception and transitions, from trying eleven.
 */
@Component(service = DossiersResource.class)
@Path("/dossiers")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class DossiersResource {

    private final DossierService dossiers;

    @Activate
    public DossiersResource(@Reference DossierService dossiers) {
        this.dossiers = dossiers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response receive(ReceptionRequest request, @Context SecurityContext security, @Context UriInfo uri) {
        if (request == null) {
            throw new BadRequestException("body.missing", "Thiếu nội dung yêu cầu (JSON).");
        }
        Actor actor = ActorSecurityContext.actor(security);
        Dossier d = dossiers.receive(request, actor);
        return Response.created(Locations.under(uri.getBaseUri(), "dossiers", d.code()))
                .entity(DossierView.of(d, dossiers.allowedActions(d, actor))).build();
    }

    @GET
    public PageView<DossierSummaryView> search(@QueryParam("agency") String agency,
                                               @QueryParam("status") String status,
                                               @QueryParam("from") String from, @QueryParam("to") String to,
                                               @QueryParam("page") String page, @QueryParam("size") String size,
                                               @QueryParam("applicantId") String applicantId,
                                               @QueryParam("myTurn") String myTurn,
                                               @Context SecurityContext security) {
        java.time.LocalDate start = Params.date("from", from);
        java.time.LocalDate end = Params.date("to", to);
        Params.ordered(start, end);
        DossierQuery q = new DossierQuery(Params.optional(agency),
                Params.enumValue("status", status, DossierStatus.class), start, end, Params.integer("page", page, 0, 0, 1_000_000),
                Params.integer("size", size, 20, 1, DossierQuery.MAX_SIZE), applicantId(applicantId),
                Params.bool("myTurn", myTurn));
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
}
