package vn.motcua.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import vn.motcua.dossier.UserDirectory;
import vn.motcua.portal.OutboxMonitor;
import vn.motcua.portal.OutboxStatus;

@Service
@Command(scope = "motcua", name = "outbox",
        description = "What waits for the national portal and the applicants' notices, with the failing messages")
public class OutboxCommand extends MotcuaCommand {

    @Reference
    OutboxMonitor outbox;

    @Reference
    UserDirectory users;

    @Option(name = "--failures", description = "How many failing messages to list, oldest first (default 20)")
    int failures = 20;

    @Override
    void run() throws Exception {
        vn.motcua.dossier.Actor actor = ShellActor.current(users);
        if (!actor.hasRole(vn.motcua.dossier.Role.PROVINCE_ADMIN) && !actor.hasRole(vn.motcua.dossier.Role.SYSTEM)) {
            throw refused("Chỉ quản trị tỉnh mới xem được hàng đợi gửi Cổng dịch vụ công và thông báo cho người nộp.");
        }
        if (failures < 0 || failures > 100) {
            throw refused("--failures: từ 0 đến 100.");
        }
        OutboxStatus s = outbox.status(failures);
        System.out.println("Chờ gửi Cổng dịch vụ công: " + s.pending() + " thay đổi; thông báo cho người nộp chờ gửi lại: "
                + s.noticesRetrying() + (s.oldestPendingAt() == null ? "" : "; cũ nhất lúc "
                + Format.DATE_TIME.format(s.oldestPendingAt())) + ".");
        if (s.failing() == 0) {
            System.out.println("Không có tin nào đang gửi lỗi.");
            return;
        }
        System.out.println(s.failing() + " tin đang gửi lỗi, chờ gửi lại:");
        ShellTable table = new ShellTable();
        table.column("Hồ sơ");
        table.column("Lượt");
        table.column("Loại");
        table.column("Số lần gửi");
        table.column("Gửi lại lúc");
        table.column("Lỗi").maxSize(90);
        for (OutboxStatus.Failure f : s.failures()) {
            table.addRow().addContent(f.dossierCode(), f.seq(), "NOTICE".equals(f.kind()) ? "Thông báo" : "Cổng DVC",
                    f.attempts(), Format.DATE_TIME.format(f.nextAttemptAt()), f.lastError());
        }
        table.print(System.out);
    }
}
