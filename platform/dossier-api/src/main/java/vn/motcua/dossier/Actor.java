package vn.motcua.dossier;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who acts on a dossier: an official of an agency with one or more roles (at a small commune one
 * official may receive, appraise and return: "4 tại chỗ"), a citizen, or the system itself.
 *
 * @param userName login name
 * @param displayName full name, for slips and the audit trail
 * @param roles the roles the user holds
 * @param agencyCode the official's agency, or null for a citizen or the system
 */
public record Actor(String userName, String displayName, Set<Role> roles, String agencyCode) {

    /** The system itself (imports, scheduled jobs): may do anything, anywhere. */
    public static final Actor SYSTEM = new Actor("system", "Hệ thống", Set.of(Role.SYSTEM), null);

    /**
     * The simulator replaying a period: acts as the system, and what it does is counted in the
     * statistics but never sent to the national portal.
     */
    public static final Actor SIMULATION = new Actor("mo-phong", "Mô phỏng", Set.of(Role.SYSTEM), null);

    public Actor {
        Objects.requireNonNull(userName, "userName");
        displayName = displayName == null ? userName : displayName;
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Whether this is the simulator (see {@link #SIMULATION}). */
    public boolean isSimulation() {
        return userName.equals(SIMULATION.userName) && roles.contains(Role.SYSTEM);
    }

    /** The system and province administrators see every agency's dossiers. */
    public boolean seesWholeProvince() {
        return roles.contains(Role.SYSTEM) || roles.contains(Role.PROVINCE_ADMIN);
    }
}
