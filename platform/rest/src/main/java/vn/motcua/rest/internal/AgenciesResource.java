package vn.motcua.rest.internal;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.dossier.AgencyDirectory;
import vn.motcua.dossier.NotFoundException;
import vn.motcua.rest.internal.Views.AgencyView;

/** The province's agencies. */
@Component(service = AgenciesResource.class)
@Path("/agencies")
@Produces(MediaType.APPLICATION_JSON)
public class AgenciesResource {

    private final AgencyDirectory agencies;

    @Activate
    public AgenciesResource(@Reference AgencyDirectory agencies) {
        this.agencies = agencies;
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
}
