package vn.motcua.rest.internal;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.rest.internal.Views.ErrorView;

/**
 * Limits failed sign-ins per client address, for both ways of signing in (HTTP Basic and the
 * console's session), on top of the realm's lockout of an account: someone guessing passwords for
 * many accounts from one machine is stopped too. Only failures count: clerks who sign in correctly,
 * even many behind one office router or one proxy, are never slowed. Its settings are on the REST
 * API's configuration ({@link RestServer.Config}).
 */
@Component(service = SignInThrottle.class, configurationPid = RestServer.PID)
public class SignInThrottle {

    private final RateLimiter failures;
    private final ClientAddresses clients;

    @Activate
    public SignInThrottle(RestServer.Config config, @Reference ClientAddresses clients) {
        this((int) Settings.atLeast("signInFailuresPerAddress", config::signInFailuresPerAddress, 1),
                Settings.atLeast("signInFailureWindowSeconds", config::signInFailureWindowSeconds, 1), clients);
    }

    SignInThrottle(int failuresPerWindow, long windowSeconds, ClientAddresses clients) {
        this.failures = new RateLimiter(failuresPerWindow, windowSeconds);
        this.clients = clients;
    }

    /** The client of a request, as the limit counts it. */
    String client(HttpServletRequest http) {
        return clients.of(http);
    }

    /** Whether this client has used up its failed sign-ins for now: its password is not even checked. */
    boolean blocked(String client) {
        return failures.exhausted(client);
    }

    /** Counts a failed sign-in of this client. */
    void failed(String client) {
        failures.allow(client);
    }

    /** The answer to a blocked client: 429 with Retry-After and a Vietnamese message. */
    Response tooMany() {
        long window = failures.windowSeconds();
        return Response.status(429).header(HttpHeaders.RETRY_AFTER, window)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ErrorView(429, "signin.rate-limited", "Quá nhiều lần đăng nhập sai từ máy này; "
                        + "vui lòng thử lại sau " + window / 60 + " phút.", null)).build();
    }
}
