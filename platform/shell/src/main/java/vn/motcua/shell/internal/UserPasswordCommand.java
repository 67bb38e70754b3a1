package vn.motcua.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import vn.motcua.dossier.Actor;
import vn.motcua.dossier.UserDirectory;
import vn.motcua.dossier.ValidationException;

@Service
@Command(scope = "motcua", name = "user-password",
        description = "Sets an account's password (your own, or anyone's as province administrator); unlocks it")
public class UserPasswordCommand extends MotcuaCommand {

    @Reference
    UserDirectory users;

    @Reference
    Session session;

    @Argument(index = 0, name = "userName", required = true, description = "Login name")
    String userName;

    @Option(name = "--password", description = "The new password (asked for when not given)")
    String password;

    @Option(name = "--disable", description = "Disable the account instead")
    boolean disable;

    @Override
    void run() throws Exception {
        Actor actor = ShellActor.current(users);
        if (!actor.userName().equals(userName)) {
            UserAddCommand.requireProvinceAdmin(actor);
        }
        if (disable) {
            users.setEnabled(userName, false);
            System.out.println("Đã khóa tài khoản " + userName);
            return;
        }
        String secret = password != null ? password : askPassword(session, "Mật khẩu mới: ");
        try {
            users.changePassword(userName, secret.toCharArray());
        } catch (ValidationException e) {
            throw refused("Chưa đổi được mật khẩu của " + userName, e);
        }
        System.out.println("Đã đổi mật khẩu của " + userName);
    }
}
