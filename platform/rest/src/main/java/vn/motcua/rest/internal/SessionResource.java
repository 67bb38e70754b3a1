package vn.motcua.rest.internal;

import java.util.List;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.dossier.Actor;
import vn.motcua.dossier.AgencyDirectory;
import vn.motcua.dossier.Role;
import vn.motcua.dossier.SessionService;
import vn.motcua.dossier.UserAccount;
import vn.motcua.rest.internal.Views.ErrorView;

/**
 * Sign-in for the web console: a session cookie (HttpOnly, SameSite=Strict) and a CSRF token that
 * the page sends back with every change. The password check, and the lockout after repeated
 * failures, are the user directory's.
 */
@Component(service = SessionResource.class)
@Path("/session")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    private final SessionService sessions;
    private final AgencyDirectory agencies;
    private final SignInThrottle throttle;

    @Activate
    public SessionResource(@Reference SessionService sessions, @Reference AgencyDirectory agencies,
                           @Reference SignInThrottle throttle) {
        this.sessions = sessions;
        this.agencies = agencies;
        this.throttle = throttle;
    }

    /** The body of a sign-in. */
    public record SignIn(String userName, String password) {
    }

    /** Who is signed in; {@code csrfToken} is null for a Basic-authenticated caller. */
    public record SessionView(String userName, String fullName, String agencyCode, String agencyName,
                              List<String> roles, List<String> roleLabels, String csrfToken) {
        static SessionView of(UserAccount a, String csrfToken, AgencyDirectory agencies) {
            List<Role> roles = a.roles().stream().sorted().toList();
            return new SessionView(a.userName(), a.displayName(), a.agencyCode(),
                    a.agencyCode() == null ? null : agencies.find(a.agencyCode()).map(x -> x.name()).orElse(null),
                    roles.stream().map(Role::name).toList(), roles.stream().map(Role::label).toList(), csrfToken);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signIn(SignIn body, @Context HttpServletRequest http) {
        String client = throttle.client(http);
        if (throttle.blocked(client)) {
            throw new WebApplicationException(throttle.tooMany());
        }
        if (body == null || body.userName() == null || body.userName().isBlank() || body.password() == null
                || body.password().isEmpty()) {
            throw new BadRequestException("credentials.missing", "Hãy nhập tên đăng nhập và mật khẩu.");
        }
        if (body.userName().length() > 100 || body.password().length() > 128) {
            throw new BadRequestException("credentials.invalid", "Tên đăng nhập hoặc mật khẩu quá dài.");
        }
        char[] password = body.password().toCharArray();
        SessionService.UserSession s;
        try {
            s = sessions.signIn(body.userName().strip(), password);
        } catch (vn.motcua.dossier.AuthenticationException e) { // a locked account included
            throttle.failed(client);
            throw e;
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
        return Response.ok(SessionView.of(s.account(), s.csrfToken(), agencies))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Set-Cookie", SessionCookie.set(s.token(), SessionCookie.secure(http))).build();
    }

    @GET
    @Authenticated
    public Response current(@Context SecurityContext security, @Context HttpHeaders headers) {
        Actor actor = ActorSecurityContext.actor(security);
        String csrf = null;
        String token = SessionCookie.token(headers.getCookies());
        if (AuthenticationFilter.SESSION_AUTH.equals(security.getAuthenticationScheme()) && token != null) {
            csrf = sessions.find(token).map(SessionService.UserSession::csrfToken).orElse(null);
        }
        UserAccount account = new UserAccount(actor.userName(), actor.displayName(), actor.roles(),
                actor.agencyCode(), true);
        return Response.ok(SessionView.of(account, csrf, agencies)).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /** Logout: ends the session at once and clears the cookie. A live session needs its CSRF token. */
    @DELETE
    public Response signOut(@Context HttpHeaders headers, @Context HttpServletRequest http) {
        Map<String, Cookie> cookies = headers.getCookies();
        String token = SessionCookie.token(cookies);
        if (token != null) {
            SessionService.UserSession s = sessions.find(token).orElse(null);
            if (s != null && !Csrf.matches(s.csrfToken(), headers.getHeaderString(Csrf.HEADER))) {
                return Response.status(403).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                        .entity(new ErrorView(403, "csrf.invalid", "Yêu cầu thiếu hoặc sai mã chống giả mạo (CSRF).",
                                null)).build();
            }
            sessions.end(token);
        }
        return Response.noContent().header("Set-Cookie", SessionCookie.clear(SessionCookie.secure(http))).build();
    }
}
