package vn.motcua.shell.internal;

import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import vn.motcua.dossier.AgencyDirectory;
import vn.motcua.dossier.Role;
import vn.motcua.dossier.UserAccount;
import vn.motcua.dossier.UserDirectory;

@Service
@Command(scope = "motcua", name = "users", description = "Lists officials' accounts")
public class UsersCommand extends MotcuaCommand {

    @Reference
    UserDirectory users;

    @Reference
    AgencyDirectory agencies;

    @Option(name = "--agency", description = "Only this agency's")
    String agency;

    @Override
    void run() throws Exception {
        UserAddCommand.requireProvinceAdmin(ShellActor.current(users));
        if (agency != null && agencies.find(agency).isEmpty()) {
            throw refused("Không có cơ quan mã " + agency + ".");
        }
        ShellTable table = new ShellTable();
        table.column("Tài khoản");
        table.column("Họ tên");
        table.column("Cơ quan");
        table.column("Vai trò");
        table.column("Hoạt động");
        for (UserAccount a : users.list(agency)) {
            table.addRow().addContent(a.userName(), a.displayName(), a.agencyCode(),
                    a.roles().stream().map(Role::label).collect(Collectors.joining(", ")), a.enabled() ? "có" : "khóa");
        }
        table.print(System.out);
    }
}
