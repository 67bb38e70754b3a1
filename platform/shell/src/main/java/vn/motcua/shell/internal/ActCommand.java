package vn.motcua.shell.internal;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.TransitionRequest;
import vn.motcua.dossier.TransitionRequest.RequestedDocument;
import vn.motcua.dossier.UserDirectory;
import vn.motcua.dossier.ValidationException;
import vn.motcua.procedure.Submission.SubmittedDocument;

@Service
@Command(scope = "motcua", name = "act", description = "Takes an action on a dossier as the signed-in official "
        + "(HAND_OVER, PROPOSE, APPROVE, REQUEST_SUPPLEMENT, SUPPLEMENT, RETURN_RESULT, …)")
public class ActCommand extends MotcuaCommand {

    @Reference
    DossierService dossiers;

    @Reference
    UserDirectory users;

    @Argument(index = 0, name = "code", required = true, description = "Dossier code")
    String code;

    @Argument(index = 1, name = "action", required = true, description = "ACCEPT, REFUSE, HAND_OVER, PROPOSE, "
            + "APPROVE, SEND_BACK, REQUEST_SUPPLEMENT, SUPPLEMENT, REQUEST_FEE, FEE_PAID, STOP, RESUME, WITHDRAW, "
            + "APOLOGIZE, TRANSFER, TRANSFER_BACK, RETURN_RESULT, RESOLVE_ON_SPOT")
    String action;

    @Option(name = "--note", description = "Note, proposal or reason")
    String note;

    @Option(name = "--version", description = "The version of the dossier you saw (refused if it changed)")
    Long version;

    @Option(name = "--assignee", description = "HAND_OVER: the specialist to give it to")
    String assignee;

    @Option(name = "--request", multiValued = true,
            description = "REQUEST_SUPPLEMENT: code=reason of a document to add or correct, or code|name=reason for one "
                    + "the procedure does not list (repeatable)")
    List<String> requested;

    @Option(name = "--form", multiValued = true,
            description = "SUPPLEMENT: field=value, a corrected value of the declaration (tờ khai) (repeatable)")
    List<String> form;

    @Option(name = "--document", multiValued = true,
            description = "SUPPLEMENT: code[:originals:certifiedCopies:copies:pages] of a document handed in (repeatable)")
    List<String> documents;

    @Option(name = "--appointment", description = "APOLOGIZE: the new appointment, YYYY-MM-DDTHH:MM")
    String appointment;

    @Option(name = "--to-agency", description = "TRANSFER: the agency code")
    String toAgency;

    @Option(name = "--days", description = "TRANSFER: that agency's time in working days")
    Integer days;

    @Option(name = "--amount", description = "REQUEST_FEE: amount in đồng")
    Long amount;

    @Option(name = "--result", description = "APPROVE, RESOLVE_ON_SPOT: what the result is")
    String result;

    @Option(name = "--collected-by", description = "RETURN_RESULT, RESOLVE_ON_SPOT: who collected the result")
    String collectedBy;

    @Override
    void run() throws Exception {
        vn.motcua.dossier.Action a;
        try {
            a = vn.motcua.dossier.Action.valueOf(action.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw refused("Không có thao tác '" + action + "'; xem motcua:act --help.");
        }
        LocalDateTime newAppointment = null;
        if (appointment != null) {
            try {
                newAppointment = LocalDateTime.parse(appointment);
            } catch (DateTimeParseException e) {
                throw refused("--appointment phải có dạng năm-tháng-ngàyTgiờ:phút, ví dụ 2026-12-02T10:30.");
            }
        }
        List<RequestedDocument> asked = new ArrayList<>();
        for (String r : requested == null ? List.<String>of() : requested) {
            int eq = r.indexOf('=');
            if (eq <= 0) {
                throw refused("--request phải có dạng mã=lý do, không phải '" + r + "'.");
            }
            String doc = r.substring(0, eq);
            int bar = doc.indexOf('|');
            asked.add(bar < 0 ? new RequestedDocument(doc, null, r.substring(eq + 1))
                    : new RequestedDocument(doc.substring(0, bar), doc.substring(bar + 1), r.substring(eq + 1)));
        }
        Map<String, String> corrections = new LinkedHashMap<>();
        for (String f : form == null ? List.<String>of() : form) {
            int eq = f.indexOf('=');
            if (eq <= 0) {
                throw refused("--form phải có dạng trường=giá trị, không phải '" + f + "'.");
            }
            corrections.put(f.substring(0, eq), f.substring(eq + 1));
        }
        List<SubmittedDocument> supplied = new ArrayList<>();
        for (String s : documents == null ? List.<String>of() : documents) {
            String[] f = s.split(":");
            try {
                supplied.add(new SubmittedDocument(f[0], f.length > 1 ? Integer.parseInt(f[1]) : 1,
                        f.length > 2 ? Integer.parseInt(f[2]) : 0, f.length > 3 ? Integer.parseInt(f[3]) : 0,
                        f.length > 4 ? Integer.parseInt(f[4]) : 0));
            } catch (NumberFormatException e) {
                throw refused("--document phải có dạng mã[:bản chính:bản sao chứng thực:bản sao:số trang].");
            }
        }
        Dossier d;
        try {
            d = dossiers.act(code, new TransitionRequest(a, version, note, assignee, asked, supplied,
                    newAppointment, toAgency, days, amount, result, collectedBy, corrections), ShellActor.current(users));
        } catch (ValidationException e) {
            throw refused("Không thực hiện được " + a.name(), e);
        }
        System.out.println(d.code() + ": " + d.status().label() + (d.progress().step() == null ? ""
                : " — bước " + d.progress().step().name()) + (d.dueAt() == null ? ""
                : ", hẹn trả " + Format.DATE_TIME.format(d.dueAt())) + " (phiên bản " + d.version() + ")");
    }
}
