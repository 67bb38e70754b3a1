package vn.motcua.rest.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.dossier.ForbiddenException;
import vn.motcua.dossier.Role;
import vn.motcua.portal.OutboxMonitor;
import vn.motcua.portal.OutboxStatus;

/** What waits for the national portal and the applicants' gateways: the REST twin of motcua:outbox. */
@Component(service = OutboxResource.class)
@Path("/admin/outbox")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class OutboxResource {

    private final OutboxMonitor outbox;

    @Activate
    public OutboxResource(@Reference OutboxMonitor outbox) {
        this.outbox = outbox;
    }

    @GET
    public OutboxStatus status(@QueryParam("failures") String failures, @Context SecurityContext security) {
        if (!ActorSecurityContext.actor(security).hasRole(Role.PROVINCE_ADMIN)) {
            throw new ForbiddenException("Chỉ quản trị tỉnh mới xem được hàng đợi gửi Cổng dịch vụ công và thông báo.");
        }
        return outbox.status(Params.integer("failures", failures, 20, 0, 100));
    }
}
