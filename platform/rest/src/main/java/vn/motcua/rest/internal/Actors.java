package vn.motcua.rest.internal;

import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Component;

import vn.motcua.dossier.Actor;
import vn.motcua.dossier.Role;

/** Who is calling: the actor behind the request's authenticated principal. */
@Component(service = Actors.class)
public class Actors {

    Actor current(SecurityContext security) {
        if (security == null || security.getUserPrincipal() == null) {
            return new Actor("anonymous", "Ẩn danh", Role.RECEPTION_CLERK, null);
        }
        return new Actor(security.getUserPrincipal().getName(), null, Role.RECEPTION_CLERK, null);
    }
}
