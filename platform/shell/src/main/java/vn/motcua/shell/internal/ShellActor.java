package vn.motcua.shell.internal;

import java.security.AccessController;
import java.security.Principal;
import java.util.Set;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.support.CommandException;

import vn.motcua.dossier.Actor;
import vn.motcua.dossier.Role;
import vn.motcua.dossier.UserDirectory;

/**
 * The actor behind a shell session: the motcua account the session signed in with (SSH through the
 * realm motcua), or, for Karaf's own administrators (the local console), a province administrator.
 */
final class ShellActor {

    private ShellActor() {
    }

    @SuppressWarnings("removal") // Karaf runs commands inside Subject.doAs; this is how to read it on Java 17
    static Actor current(UserDirectory users) throws CommandException {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject == null) {
            throw MotcuaCommand.refused("Không xác định được người dùng của phiên shell.");
        }
        String name = null;
        boolean karafAdmin = false;
        for (Principal p : subject.getPrincipals()) {
            if (p instanceof UserPrincipal) {
                name = p.getName();
            } else if (p instanceof RolePrincipal && p.getName().equals("admin")) {
                karafAdmin = true;
            }
        }
        if (name == null) {
            throw MotcuaCommand.refused("Phiên shell chưa đăng nhập.");
        }
        var account = users.find(name);
        if (account.isPresent()) {
            return account.get().actor();
        }
        if (karafAdmin) {
            return new Actor(name, "Quản trị hệ thống (" + name + ")", Set.of(Role.PROVINCE_ADMIN), null);
        }
        throw MotcuaCommand.refused("Tài khoản " + name + " không phải là cán bộ trong motcua.");
    }
}
