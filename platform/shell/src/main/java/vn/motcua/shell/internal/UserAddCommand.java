package vn.motcua.shell.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;
import org.apache.karaf.shell.api.console.Session;

import vn.motcua.dossier.Actor;
import vn.motcua.dossier.Role;
import vn.motcua.dossier.UserAccount;
import vn.motcua.dossier.UserDirectory;
import vn.motcua.dossier.ValidationException;

@Service
@Command(scope = "motcua", name = "user-add", description = "Creates an official's account (province administrators)")
public class UserAddCommand extends MotcuaCommand {

    @Reference
    UserDirectory users;

    @Reference
    Session session;

    @Argument(index = 0, name = "userName", required = true, description = "Login name, e.g. tn.vocuong")
    String userName;

    @Argument(index = 1, name = "agency", required = true, description = "Agency code")
    String agency;

    @Argument(index = 2, name = "roles", required = true,
            description = "Comma-separated: RECEPTION_CLERK, SPECIALIST, LEADER, AGENCY_ADMIN, PROVINCE_ADMIN")
    String roles;

    @Argument(index = 3, name = "fullName", required = true, description = "Full name (in quotes)")
    String fullName;

    @Option(name = "--password", description = "The password (asked for when not given)")
    String password;

    @Override
    void run() throws Exception {
        requireProvinceAdmin(ShellActor.current(users));
        Set<Role> set = EnumSet.noneOf(Role.class);
        for (String r : roles.split(",")) {
            try {
                set.add(Role.valueOf(r.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw refused("Không có vai trò '" + r.strip() + "'; các vai trò: "
                        + java.util.Arrays.toString(Role.values()) + ".");
            }
        }
        String secret = password != null ? password : askPassword(session, "Mật khẩu: ");
        UserAccount a;
        try {
            a = users.create(new UserAccount(userName, fullName, set, agency, true), secret.toCharArray());
        } catch (ValidationException e) {
            throw refused("Chưa tạo được tài khoản " + userName, e);
        }
        System.out.println("Đã tạo tài khoản " + a.userName() + " (" + a.displayName() + ", " + a.agencyCode() + ")");
    }

    static void requireProvinceAdmin(Actor actor) throws CommandException {
        if (!actor.hasRole(Role.PROVINCE_ADMIN) && !actor.hasRole(Role.SYSTEM)) {
            throw refused("Chỉ quản trị tỉnh mới quản lý được tài khoản cán bộ.");
        }
    }
}
