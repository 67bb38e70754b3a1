package vn.motcua.dossier;

import java.util.Set;

/**
 * An official's account (the password hash never leaves the core).
 *
 * @param userName login name
 * @param displayName full name
 * @param roles what the official may do
 * @param agencyCode the agency the official works for
 * @param enabled whether the account may sign in
 */
public record UserAccount(String userName, String displayName, Set<Role> roles, String agencyCode,
                          boolean enabled) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }

    /** The actor this account acts as. */
    public Actor actor() {
        return new Actor(userName, displayName, roles, agencyCode);
    }
}
