package vn.motcua.rest.internal;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.dossier.Agency;
import vn.motcua.dossier.AgencyDirectory;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.NotFoundException;
import vn.motcua.rest.internal.Views.AgencyView;
import vn.motcua.slips.SlipRenderer;

/** The province's agencies. */
@Component(service = AgenciesResource.class)
@Path("/agencies")
@Produces(MediaType.APPLICATION_JSON)
public class AgenciesResource {

    private final AgencyDirectory agencies;
    private final DossierService dossiers;
    private final SlipRenderer slips;

    @Activate
    public AgenciesResource(@Reference AgencyDirectory agencies, @Reference DossierService dossiers,
                            @Reference SlipRenderer slips) {
        this.agencies = agencies;
        this.dossiers = dossiers;
        this.slips = slips;
    }

    @GET
    public List<AgencyView> list() {
        return agencies.list().stream().map(AgencyView::of).toList();
    }

    @GET
    @Path("/{code}")
    public AgencyView get(@PathParam("code") String code) {
        return agencies.find(code).map(AgencyView::of).orElseThrow(
                () -> new NotFoundException("agency.not-found", "Không có cơ quan mã " + code + "."));
    }

    static final int BOOK_LIMIT = 10_000;

    /** Sổ theo dõi hồ sơ: the dossiers the agency received in the period, printable. */
    @GET
    @Path("/{code}/tracking-book")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Authenticated
    public String trackingBook(@PathParam("code") String code, @QueryParam("from") String from,
                               @QueryParam("to") String to, @Context SecurityContext security) {
        Agency agency = agencies.find(code).orElseThrow(
                () -> new NotFoundException("agency.not-found", "Không có cơ quan mã " + code + "."));
        Params.Period period = Params.period(from, to);
        List<Dossier> dossiers = this.dossiers.book(code, period.from(), period.to(), BOOK_LIMIT + 1,
                ActorSecurityContext.actor(security));
        if (dossiers.size() > BOOK_LIMIT) {
            throw new BadRequestException("period.tooLong", "Kỳ này có hơn " + BOOK_LIMIT
                    + " hồ sơ: hãy chọn kỳ ngắn hơn.");
        }
        return slips.trackingBook(agency, period.from(), period.to(), dossiers);
    }
}
