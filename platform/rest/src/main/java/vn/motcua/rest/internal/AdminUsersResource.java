package vn.motcua.rest.internal;

import java.util.List;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.dossier.Actor;
import vn.motcua.dossier.AgencyDirectory;
import vn.motcua.dossier.ForbiddenException;
import vn.motcua.dossier.NotFoundException;
import vn.motcua.dossier.Role;
import vn.motcua.dossier.SessionService;
import vn.motcua.dossier.UserAccount;
import vn.motcua.dossier.UserDirectory;

/**
 * Officials' accounts over the user directory (the same accounts as motcua:user-add): a province
 * administrator manages every agency's, an agency administrator those of the agencies under theirs,
 * without granting province administration. Every change is written to the audit log.
 */
@Component(service = AdminUsersResource.class)
@Path("/admin/users")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class AdminUsersResource {

    private static final Logger AUDIT = LoggerFactory.getLogger("vn.motcua.audit");

    private final UserDirectory users;
    private final AgencyDirectory agencies;
    private final SessionService sessions;

    @Activate
    public AdminUsersResource(@Reference UserDirectory users, @Reference AgencyDirectory agencies,
                              @Reference SessionService sessions) {
        this.users = users;
        this.agencies = agencies;
        this.sessions = sessions;
    }

    /** An account as administrators see it (never a password hash). */
    public record UserView(String userName, String displayName, List<String> roles, List<String> roleLabels,
                           String agencyCode, boolean enabled) {
        static UserView of(UserAccount a) {
            List<Role> roles = a.roles().stream().sorted().toList();
            return new UserView(a.userName(), a.displayName(), roles.stream().map(Role::name).toList(),
                    roles.stream().map(Role::label).toList(), a.agencyCode(), a.enabled());
        }
    }

    /** A new account. */
    public record NewUser(String userName, String displayName, Set<Role> roles, String agencyCode, String password) {
    }

    /** Changes to an account; absent fields stay as they are. */
    public record UserChange(Set<Role> roles, Boolean enabled, String password) {
    }

    @GET
    public List<UserView> list(@QueryParam("agency") String agency, @Context SecurityContext security) {
        Actor admin = admin(security);
        String code = Params.optional(agency);
        if (code != null) {
            checkScope(admin, code);
        }
        return users.list(code).stream().filter(u -> inScope(admin, u.agencyCode())).map(UserView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewUser body, @Context SecurityContext security) {
        Actor admin = admin(security);
        if (body == null) {
            throw new BadRequestException("body.missing", "Thiếu nội dung yêu cầu (JSON).");
        }
        checkScope(admin, body.agencyCode());
        checkGrant(admin, body.roles());
        char[] password = body.password() == null ? new char[0] : body.password().toCharArray();
        UserAccount created;
        try {
            created = users.create(new UserAccount(body.userName() == null ? null : body.userName().strip(),
                    body.displayName(), body.roles() == null ? Set.of() : body.roles(), body.agencyCode(), true),
                    password);
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
        AUDIT.info("{} created account {} ({}, {})", admin.userName(), created.userName(), created.agencyCode(),
                created.roles());
        return Response.status(201).entity(UserView.of(created)).build();
    }

    @PUT
    @Path("/{userName}")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserView change(@PathParam("userName") String userName, UserChange body,
                           @Context SecurityContext security) {
        Actor admin = admin(security);
        if (body == null) {
            throw new BadRequestException("body.missing", "Thiếu nội dung yêu cầu (JSON).");
        }
        UserAccount account = users.find(userName).orElseThrow(() -> new NotFoundException("user.not-found",
                "Không có tài khoản " + Params.clip(userName) + "."));
        checkScope(admin, account.agencyCode());
        if (account.roles().contains(Role.PROVINCE_ADMIN) && !admin.seesWholeProvince()) {
            // a unit administrator who could reset this password or unlock this account would hold its rights
            throw new ForbiddenException("Tài khoản " + Params.clip(userName)
                    + " là quản trị tỉnh: chỉ quản trị tỉnh mới thay đổi được.");
        }
        if (body.roles() != null) {
            checkGrant(admin, body.roles());
            users.setRoles(userName, body.roles());
            AUDIT.info("{} set the roles of {} to {}", admin.userName(), userName, body.roles());
        }
        if (body.password() != null) {
            char[] password = body.password().toCharArray();
            try {
                users.changePassword(userName, password);
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
            AUDIT.info("{} reset the password of {}", admin.userName(), userName);
        }
        if (body.enabled() != null) {
            if (userName.equals(admin.userName()) && !body.enabled()) {
                throw new BadRequestException("user.self", "Không thể tự khóa tài khoản của chính mình.");
            }
            users.setEnabled(userName, body.enabled());
            AUDIT.info("{} {} account {}", admin.userName(), body.enabled() ? "enabled" : "disabled", userName);
        }
        if (body.roles() != null || body.password() != null || Boolean.FALSE.equals(body.enabled())) {
            sessions.endAll(userName); // what the account may do changed: sign in again
        }
        return users.find(userName).map(UserView::of).orElseThrow();
    }

    private static Actor admin(SecurityContext security) {
        Actor a = ActorSecurityContext.actor(security);
        if (!a.hasRole(Role.PROVINCE_ADMIN) && !a.hasRole(Role.AGENCY_ADMIN) && !a.hasRole(Role.SYSTEM)) {
            throw new ForbiddenException("Chỉ quản trị đơn vị hoặc quản trị tỉnh mới quản lý được tài khoản.");
        }
        return a;
    }

    private boolean inScope(Actor admin, String agencyCode) {
        return admin.seesWholeProvince() || (agencyCode != null && agencies.scope(admin.agencyCode())
                .contains(agencyCode));
    }

    private void checkScope(Actor admin, String agencyCode) {
        if (agencyCode != null && !inScope(admin, agencyCode)) {
            throw new ForbiddenException("Cơ quan " + Params.clip(agencyCode) + " không thuộc phạm vi quản trị của bạn.");
        }
    }

    private static void checkGrant(Actor admin, Set<Role> roles) {
        if (roles != null && roles.contains(Role.PROVINCE_ADMIN) && !admin.seesWholeProvince()) {
            throw new ForbiddenException("Chỉ quản trị tỉnh mới cấp được vai trò quản trị tỉnh.");
        }
    }
}
