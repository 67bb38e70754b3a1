package vn.motcua.rest.internal;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.dossier.Actor;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.TransitionRequest;
import vn.motcua.rest.internal.Views.DossierView;

/** The actions officials take on a dossier, from hand-over to the return of the result. */
@Component(service = DossierTransitionsResource.class)
@Path("/dossiers/{code}/transitions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class DossierTransitionsResource {

    private final DossierService dossiers;

    @Activate
    public DossierTransitionsResource(@Reference DossierService dossiers) {
        this.dossiers = dossiers;
    }

    @POST
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
}
