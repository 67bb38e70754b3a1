package vn.motcua.rest.internal;

import java.security.Principal;

import javax.ws.rs.core.SecurityContext;

import vn.motcua.dossier.Actor;
import vn.motcua.dossier.Role;

/** The security context of an authenticated request: its principal carries the actor. */
final class ActorSecurityContext implements SecurityContext {

    /** The signed-in official as a principal. */
    record ActorPrincipal(Actor actor) implements Principal {
        @Override
        public String getName() {
            return actor.userName();
        }
    }

    private final ActorPrincipal principal;
    private final boolean secure;
    private final String scheme;

    ActorSecurityContext(Actor actor, boolean secure, String scheme) {
        this.principal = new ActorPrincipal(actor);
        this.secure = secure;
        this.scheme = scheme;
    }

    /** The actor of an authenticated request; resources guarded by {@link Authenticated} always have one. */
    static Actor actor(SecurityContext security) {
        if (security != null && security.getUserPrincipal() instanceof ActorPrincipal p) {
            return p.actor();
        }
        throw new IllegalStateException("no authenticated actor: is the resource annotated @Authenticated?");
    }

    @Override
    public Principal getUserPrincipal() {
        return principal;
    }

    @Override
    public boolean isUserInRole(String role) {
        try {
            return principal.actor().hasRole(Role.valueOf(role));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return scheme;
    }
}
