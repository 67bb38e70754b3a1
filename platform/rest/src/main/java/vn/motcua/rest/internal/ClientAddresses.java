package vn.motcua.rest.internal;

import java.util.Set;

import javax.servlet.http.HttpServletRequest;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Who sent a request, for the limits that count per client (citizens' lookups and submissions,
 * failed sign-ins): the peer's address, or behind a trusted reverse proxy the address the proxy
 * appended to X-Forwarded-For — otherwise every client behind nginx would share one count.
 */
@Component(service = ClientAddresses.class, configurationPid = ClientAddresses.PID)
@Designate(ocd = ClientAddresses.Config.class)
public class ClientAddresses {

    /** The PID integrators already configure for the citizens' endpoints. */
    static final String PID = "vn.motcua.rest.public";

    @ObjectClassDefinition(name = "motcua: client addresses", description = "Who a request comes from")
    public @interface Config {
        @AttributeDefinition(name = "Trusted proxies", description = "Addresses of the reverse proxies in front of "
                + "motcua: for requests from them, the client's address is the last one in X-Forwarded-For, so that "
                + "the rate limits count per citizen or clerk, not per proxy")
        String[] trustedProxies() default {"127.0.0.1", "0:0:0:0:0:0:0:1"};
    }

    private final Set<String> trustedProxies;

    @Activate
    public ClientAddresses(Config config) {
        this(Set.of(config.trustedProxies()));
    }

    ClientAddresses(Set<String> trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    /** The client of a request ("?" when there is no servlet request). */
    String of(HttpServletRequest http) {
        return http == null ? "?" : of(http.getRemoteAddr(), http.getHeader("X-Forwarded-For"));
    }

    String of(String peer, String forwardedFor) {
        if (peer == null) {
            return "?";
        }
        if (forwardedFor != null && trustedProxies.contains(peer)) {
            String last = forwardedFor.substring(forwardedFor.lastIndexOf(',') + 1).strip();
            if (!last.isEmpty()) {
                return last;
            }
        }
        return peer;
    }
}
