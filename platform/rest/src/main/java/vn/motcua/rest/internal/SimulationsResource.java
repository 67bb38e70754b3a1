package vn.motcua.rest.internal;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.dossier.ForbiddenException;
import vn.motcua.dossier.NotFoundException;
import vn.motcua.dossier.Role;
import vn.motcua.simulator.Simulation;
import vn.motcua.simulator.Simulator;

/** The REST twin of motcua:simulate: start a replay, follow it, read its report. */
@Component(service = SimulationsResource.class)
@Path("/admin/simulations")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class SimulationsResource {

    private final Simulator simulator;

    @Activate
    public SimulationsResource(@Reference Simulator simulator) {
        this.simulator = simulator;
    }

    /** What to replay. */
    public record Start(String preset, Long seed, Double scale) {
    }

    @GET
    @Path("/presets")
    public List<String> presets() {
        return simulator.presets();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(Start body, @Context SecurityContext security) {
        requireProvinceAdmin(security);
        if (body == null || body.preset() == null) {
            throw new BadRequestException("preset.missing", "Phải chọn kịch bản mô phỏng (preset).");
        }
        try {
            Simulation s = simulator.start(body.preset(), body.seed() == null ? 2018 : body.seed(),
                    body.scale() == null ? 1 : body.scale());
            return Response.status(202).entity(s).build();
        } catch (IllegalArgumentException e) {
            // the simulator's own words (the preset name in them is checked to 60 characters): whole,
            // within reason, since a clipped reason does not say what to fix
            throw new BadRequestException("preset.invalid", Params.clip(e.getMessage(), 500));
        }
    }

    @GET
    public List<Simulation> list(@Context SecurityContext security) {
        requireProvinceAdmin(security);
        return simulator.list();
    }

    @GET
    @Path("/{id}")
    public Simulation get(@PathParam("id") String id, @Context SecurityContext security) {
        requireProvinceAdmin(security);
        return simulator.get(id).orElseThrow(() -> new NotFoundException("simulation.not-found",
                "Không có lần mô phỏng " + id + "."));
    }

    private static void requireProvinceAdmin(SecurityContext security) {
        if (!ActorSecurityContext.actor(security).hasRole(Role.PROVINCE_ADMIN)) {
            throw new ForbiddenException("Chỉ quản trị tỉnh mới chạy được mô phỏng.");
        }
    }
}
