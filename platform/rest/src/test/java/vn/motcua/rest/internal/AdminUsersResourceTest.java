package vn.motcua.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.Test;

import vn.motcua.dossier.Actor;
import vn.motcua.dossier.AgencyDirectory;
import vn.motcua.dossier.ForbiddenException;
import vn.motcua.dossier.Role;
import vn.motcua.dossier.SessionService;
import vn.motcua.dossier.UserAccount;
import vn.motcua.dossier.UserDirectory;

/**
 * A unit administrator manages the accounts of the unit, but never one that holds the province
 * administrator's rights: resetting its password or unlocking it would hand those rights over.
 */
public class AdminUsersResourceTest {

    private static final String VO_CUONG = "000.10.01.H07";

    /** What the resource asked the directory to change. */
    private final List<String> changes = new ArrayList<>();

    private final UserDirectory users = stub(UserDirectory.class, (name, args) -> switch (name) {
        case "find" -> Optional.of(args[0].equals("qt.x")
                // a province administrator attached to a ward (possible before accounts were checked for it)
                ? new UserAccount("qt.x", "Quản trị X", Set.of(Role.PROVINCE_ADMIN), VO_CUONG, true)
                : new UserAccount((String) args[0], "Chuyên viên", Set.of(Role.SPECIALIST), VO_CUONG, true));
        case "changePassword", "setEnabled", "setRoles" -> {
            changes.add(name + " " + args[0]);
            yield null;
        }
        default -> throw new UnsupportedOperationException(name);
    });
    private final AgencyDirectory agencies = stub(AgencyDirectory.class, (name, args) -> switch (name) {
        case "scope" -> Set.of(VO_CUONG);
        default -> throw new UnsupportedOperationException(name);
    });
    private final SessionService sessions = stub(SessionService.class, (name, args) -> null);
    private final AdminUsersResource resource = new AdminUsersResource(users, agencies, sessions);

    private static ActorSecurityContext as(String userName, Role role, String agency) {
        return new ActorSecurityContext(new Actor(userName, userName, Set.of(role), agency), false, "BASIC");
    }

    @Test
    public void aUnitAdministratorCannotResetUnlockOrRechargeAProvinceAdministrator() {
        ActorSecurityContext unitAdmin = as("qt.vocuong", Role.AGENCY_ADMIN, VO_CUONG);
        for (AdminUsersResource.UserChange change : List.of(
                new AdminUsersResource.UserChange(null, null, "Takeover123!"),
                new AdminUsersResource.UserChange(null, true, null),
                new AdminUsersResource.UserChange(null, false, null),
                new AdminUsersResource.UserChange(Set.of(Role.SPECIALIST), null, null))) {
            assertThrows(ForbiddenException.class, () -> resource.change("qt.x", change, unitAdmin));
        }
        assertEquals("nothing changed", List.of(), changes);
    }

    @Test
    public void aUnitAdministratorManagesTheUnitsOfficialsAndTheProvinceAdministratorAnyone() {
        resource.change("cv.vocuong", new AdminUsersResource.UserChange(null, null, "MatKhauMoi1"),
                as("qt.vocuong", Role.AGENCY_ADMIN, VO_CUONG));
        resource.change("qt.x", new AdminUsersResource.UserChange(null, false, null),
                as("qt.tinh", Role.PROVINCE_ADMIN, "000.00.00.H07"));
        assertEquals(List.of("changePassword cv.vocuong", "setEnabled qt.x"), changes);
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T stub(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> answer.answer(method.getName(), args == null ? new Object[0] : args)));
    }
}
