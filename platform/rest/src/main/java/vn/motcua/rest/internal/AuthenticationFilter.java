package vn.motcua.rest.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import javax.annotation.Priority;
import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.dossier.Actor;
import vn.motcua.dossier.ServiceUnavailableException;
import vn.motcua.dossier.SessionService;
import vn.motcua.dossier.UserDirectory;
import vn.motcua.rest.internal.Views.ErrorView;

/**
 * Authentication of officials, two ways: HTTP Basic against the JAAS realm {@code motcua} (for
 * integrators), or the console's session cookie. A verified Authorization header is remembered for
 * a minute, then renewed for another by the account's credential stamp (a database read, no hash),
 * so that a clerk's day of requests costs one slow password check, not one per request or minute;
 * a changed password, a disabled or locked account takes effect within that minute. With the
 * cookie, every unsafe method must carry the session's CSRF token in a header.
 */
@Authenticated
@Priority(Priorities.AUTHENTICATION)
final class AuthenticationFilter implements ContainerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(AuthenticationFilter.class);
    static final long REMEMBER_NANOS = 60_000_000_000L;
    private static final int MAX_REMEMBERED = 10_000;
    private static final String CHALLENGE = "Basic realm=\"" + UserDirectory.REALM + "\", charset=\"UTF-8\"";

    /** A header whose password was checked, and the account's credential stamp at that check. */
    private record Verified(Actor actor, String userName, String stamp, long until) {
    }

    private final UserDirectory users;
    private final SessionService sessions;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Verified>> inFlight = new ConcurrentHashMap<>();

    private final SignInThrottle throttle;
    @javax.ws.rs.core.Context
    private javax.servlet.http.HttpServletRequest http;

    private final java.util.function.LongSupplier nanoTime;

    AuthenticationFilter(UserDirectory users, SessionService sessions, SignInThrottle throttle) {
        this(users, sessions, throttle, System::nanoTime);
    }

    AuthenticationFilter(UserDirectory users, SessionService sessions, SignInThrottle throttle,
                         java.util.function.LongSupplier nanoTime) {
        this.users = users;
        this.sessions = sessions;
        this.throttle = throttle;
        this.nanoTime = nanoTime;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String token = SessionCookie.token(request.getCookies());
            if (token == null) {
                Response answer = unauthorized("Cần đăng nhập để dùng chức năng này.");
                if (request.getHeaderString("X-Requested-With") != null) {
                    // a script (the console): no Basic challenge, or the browser would pop up its own dialog
                    answer.getHeaders().remove(HttpHeaders.WWW_AUTHENTICATE);
                }
                request.abortWith(answer);
                return;
            }
            bySession(request, token);
            return;
        }
        long now = nanoTime.getAsLong();
        Verified v = verified.get(header);
        if (v != null && now - v.until() > 0) {
            try {
                v = renewed(header, v, now);
            } catch (ServiceUnavailableException e) {
                request.abortWith(ErrorMapper.unavailable(e));
                return;
            }
        }
        if (v == null) {
            String client = throttle.client(http);
            if (throttle.blocked(client)) {
                request.abortWith(throttle.tooMany());
                return;
            }
            try {
                v = verifyOnce(header);
            } catch (ServiceUnavailableException e) {
                request.abortWith(ErrorMapper.unavailable(e));
                return;
            }
            if (v == null) {
                throttle.failed(client);
                verified.remove(header);
                request.abortWith(unauthorized(
                        "Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang bị khóa tạm thời."));
                return;
            }
            if (verified.size() >= MAX_REMEMBERED) {
                verified.clear();
            }
            verified.put(header, v);
        }
        request.setSecurityContext(new ActorSecurityContext(v.actor(),
                request.getSecurityContext() != null && request.getSecurityContext().isSecure(),
                javax.ws.rs.core.SecurityContext.BASIC_AUTH));
    }

    /**
     * A remembered header whose while is over: still good, without hashing the password again, when
     * the account's credential stamp is the one it had at the check (same password hash, enabled,
     * not locked, same roles, agency and name); otherwise forgotten, to be checked in full. This keeps a
     * slow hash per clerk and minute off the request path (at the turn of each minute all clerks'
     * checks used to expire together and stall the runtime for a moment).
     */
    private Verified renewed(String header, Verified v, long now) {
        String stamp = users.credentialStamp(v.userName()).orElse(null);
        if (v.stamp().equals(stamp)) {
            Verified again = new Verified(v.actor(), v.userName(), v.stamp(), now + REMEMBER_NANOS);
            verified.replace(header, v, again);
            return again;
        }
        verified.remove(header, v);
        return null;
    }

    /**
     * Checks a header once however many requests bring it at the same moment: when a clerk's
     * remembered check expires, the requests already on their way wait for the one password check
     * (a deliberately slow hash) instead of each doing its own.
     */
    private Verified verifyOnce(String header) {
        CompletableFuture<Verified> mine = new CompletableFuture<>();
        CompletableFuture<Verified> running = inFlight.putIfAbsent(header, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw e;
            }
        }
        try {
            Verified checked = login(header);
            mine.complete(checked);
            return checked;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(header, mine);
        }
    }

    private void bySession(ContainerRequestContext request, String token) {
        SessionService.UserSession session = sessions.find(token).orElse(null);
        if (session == null) {
            request.abortWith(Response.status(401).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(new ErrorView(401, "session.expired",
                            "Phiên làm việc đã hết hạn hoặc đã đăng xuất. Vui lòng đăng nhập lại.", null)).build());
            return;
        }
        if (Csrf.needsToken(request.getMethod())
                && !Csrf.matches(session.csrfToken(), request.getHeaderString(Csrf.HEADER))) {
            request.abortWith(Response.status(403).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(new ErrorView(403, "csrf.invalid", "Yêu cầu thiếu hoặc sai mã chống giả mạo (CSRF). "
                            + "Hãy tải lại trang và thực hiện lại.", null)).build());
            return;
        }
        request.setSecurityContext(new ActorSecurityContext(session.account().actor(),
                request.getSecurityContext() != null && request.getSecurityContext().isSecure(), SESSION_AUTH));
    }

    static final String SESSION_AUTH = "SESSION";

    /** The actor behind a Basic header, with its credential stamp, or null when the realm refuses it. */
    private Verified login(String header) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String name = decoded.substring(0, colon);
        char[] password = decoded.substring(colon + 1).toCharArray();
        try {
            // read before the check: a password changed meanwhile gives another stamp at renewal
            String stamp = users.credentialStamp(name).orElse(null);
            LoginContext context = new LoginContext(UserDirectory.REALM, new Subject(), callbacks -> {
                for (var c : callbacks) {
                    if (c instanceof NameCallback n) {
                        n.setName(name);
                    } else if (c instanceof PasswordCallback p) {
                        p.setPassword(password);
                    }
                }
            });
            context.login();
            if (stamp == null) {
                stamp = users.credentialStamp(name).orElse(null); // a lock ran out meanwhile
            }
            Actor actor = users.find(name).map(u -> u.actor()).orElse(null);
            return actor == null || stamp == null ? null
                    : new Verified(actor, name, stamp, nanoTime.getAsLong() + REMEMBER_NANOS);
        } catch (LoginException e) {
            for (Throwable t = e.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof ServiceUnavailableException u) {
                    throw u; // the accounts could not be read: 503, not 401
                }
            }
            LOG.debug("Sign-in refused for {}: {}", name, e.getMessage());
            return null;
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    private static Response unauthorized(String message) {
        return Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ErrorView(401, "authentication.required", message, null)).build();
    }
}
