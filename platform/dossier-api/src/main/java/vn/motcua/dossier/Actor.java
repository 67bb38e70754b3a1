package vn.motcua.dossier;

import java.util.Objects;

/**
 * Who acts on a dossier: an official of an agency in a role, or a citizen.
 *
 * @param userName login name
 * @param displayName full name, for slips and the audit trail
 * @param role the role the action is taken in
 * @param agencyCode the official's agency, or null for a citizen or the system
 */
public record Actor(String userName, String displayName, Role role, String agencyCode) {

    /** Someone acting through the system itself (replays, scheduled jobs). */
    public static final Actor SYSTEM = new Actor("system", "Hệ thống", Role.SYSTEM, null);

    public Actor {
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(role, "role");
        displayName = displayName == null ? userName : displayName;
    }
}
