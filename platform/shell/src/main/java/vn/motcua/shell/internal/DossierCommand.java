package vn.motcua.shell.internal;

import java.io.PrintStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import vn.motcua.dossier.Actor;
import vn.motcua.dossier.AuditEntry;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierDocument;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.UserDirectory;
import vn.motcua.procedure.Fee;

@Service
@Command(scope = "motcua", name = "dossier", description = "Shows a dossier (hồ sơ) and its audit trail")
public class DossierCommand extends MotcuaCommand {

    @Reference
    DossierService dossiers;

    @Reference
    UserDirectory users;

    @Argument(index = 0, name = "code", required = true, description = "Dossier code, e.g. 000.01.01.H07-261130-0001")
    String code;

    @Override
    void run() throws Exception {
        Actor actor = ShellActor.current(users);
        Dossier d = dossiers.get(code, actor);
        PrintStream out = System.out;
        out.println("Mã hồ sơ:        " + d.code());
        out.println("Trạng thái:      " + d.status().label() + " (" + d.status().portalCode() + ")");
        out.println("Thủ tục:         " + d.procedureCode() + " " + d.procedureName());
        out.println("Cơ quan:         " + d.agencyCode() + " " + d.agencyName());
        out.println("Kênh:            " + d.channel().label());
        out.println("Người nộp:       " + d.applicant().fullName() + " (" + d.applicant().idNumber() + ")");
        if (d.receivedAt() == null) {
            out.println("Nộp trực tuyến:  " + Format.DATE_TIME.format(d.submittedAt()) + " (chưa tiếp nhận)");
        } else {
            out.println("Tiếp nhận:       " + Format.DATE_TIME.format(d.receivedAt()) + " bởi "
                    + (d.receivedByName() == null ? d.receivedBy() : d.receivedByName()));
        }
        if (d.dueAt() != null) {
            out.println("Hẹn trả:         " + Format.DATE_TIME.format(d.dueAt()) + " ("
                    + Format.timeLimit(d.timeLimit()) + ")");
        }
        LocalDateTime appointment = d.progress().appointmentAt();
        if (appointment != null && d.dueAt() != null && appointment.isAfter(d.dueAt())) {
            out.println("Hẹn lại:         " + Format.DATE_TIME.format(appointment) + " (văn bản xin lỗi)");
        }
        if (d.status() == DossierStatus.TRANSFERRED && d.progress().transferAgencyCode() != null) {
            out.println("Liên thông đến:  " + d.progress().transferAgencyCode() + (d.progress().transferDueAt() == null
                    ? "" : ", hạn " + Format.DATE_TIME.format(d.progress().transferDueAt())));
        }
        out.println("Phí, lệ phí:     " + Fee.amountText(d.fee()) + " đồng " + d.feeLines());
        out.println("Thành phần hồ sơ:");
        for (DossierDocument doc : d.documents()) {
            out.println("  - " + doc.name() + " [chính " + doc.originals() + ", sao chứng thực " + doc.certifiedCopies()
                    + ", sao " + doc.copies() + (doc.pages() > 0 ? ", " + doc.pages() + " trang" : "") + "]");
        }
        ShellTable audit = new ShellTable();
        audit.column("#");
        audit.column("Thời điểm");
        audit.column("Người thực hiện");
        audit.column("Vai trò");
        audit.column("Thao tác");
        audit.column("Trạng thái");
        // a long note (a refusal's reasons, the notice that moved a due date) wraps instead of being cut
        audit.column("Ghi chú").maxSize(60).wrap();
        for (AuditEntry e : dossiers.audit(code, actor)) {
            audit.addRow().addContent(e.seq(), Format.DATE_TIME.format(e.at()),
                    e.userDisplayName() == null ? e.userName() : e.userDisplayName() + " (" + e.userName() + ")",
                    e.role().label(), e.role() == vn.motcua.dossier.Role.CITIZEN ? Format.citizenAction(e.action())
                            : Format.action(e.action()), (e.fromStatus() == null ? "" : e.fromStatus().label()
                            + " → ") + e.toStatus().label(), note(e));
        }
        out.println("Nhật ký xử lý:");
        audit.print(out);
    }

    /** The entry's note, with where a transfer went and what an apology promised. */
    private static String note(AuditEntry e) {
        List<String> parts = new ArrayList<>();
        if (e.note() != null) {
            parts.add(e.note());
        }
        Object toAgency = e.details().get("toAgency");
        if (toAgency != null) {
            Object due = e.details().get("transferDueAt");
            parts.add("chuyển đến " + toAgency + (due == null ? ""
                    : ", hạn " + Format.DATE_TIME.format(LocalDateTime.parse(due.toString()))));
        }
        Object recalculated = e.details().get("dueAt");
        if (recalculated != null && e.details().get("previousDueAt") != null) {
            parts.add("hạn mới " + Format.DATE_TIME.format(LocalDateTime.parse(recalculated.toString())) + " (hạn cũ "
                    + Format.DATE_TIME.format(LocalDateTime.parse(e.details().get("previousDueAt").toString())) + ")");
        }
        Object fromAgency = e.details().get("fromAgency");
        if (fromAgency != null) {
            parts.add("chuyển trả từ " + fromAgency);
        }
        Object previousTransferDue = e.details().get("previousTransferDueAt");
        if (previousTransferDue != null) {
            parts.add("hạn liên thông mới " + Format.DATE_TIME.format(LocalDateTime.parse(
                    e.details().get("transferDueAt").toString())) + " (hạn cũ "
                    + Format.DATE_TIME.format(LocalDateTime.parse(previousTransferDue.toString())) + ")");
        }
        Object appointment = e.details().get("appointment");
        if (appointment != null) {
            parts.add("hẹn lại " + Format.DATE_TIME.format(LocalDateTime.parse(appointment.toString())));
        }
        return String.join("; ", parts);
    }
}
