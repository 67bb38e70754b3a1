package vn.tinh.bacninh.nhanchame.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import vn.motcua.procedure.Fee;
import vn.motcua.procedure.Problem;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureDescriptor;
import vn.motcua.procedure.ProcedureDescriptors;
import vn.motcua.procedure.Submission;
import vn.motcua.procedure.Texts;

/**
 * 1.001022 Đăng ký nhận cha, mẹ, con — the example of a province's own bundle: the published data in
 * procedures.properties, the one rule that needs code here (the parent is older than the child),
 * and the fee the province's People's Council sets (from the province catalogue).
 */
@Component(service = Procedure.class, property = {
        Procedure.PROCEDURE_CODE + "=1.001022",
        Procedure.PROCEDURE_FIELD + "=ho-tich" })
public class ParentChildRecognition implements Procedure {

    static final String CODE = "1.001022";
    private static final Texts MESSAGES = Texts.of(ParentChildRecognition.class, "messages.properties");

    private final ProcedureDescriptor descriptor =
            ProcedureDescriptors.load(ParentChildRecognition.class, "procedures.properties").get(CODE);

    @Override
    public ProcedureDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public Fee fee(Submission submission) {
        if (submission.localFee() == null) {
            return new Fee(0, List.of(MESSAGES.text("fee.none")));
        }
        // Fee.amountText writes the amount as Vietnamese readers do: 5.000, not 5,000
        return new Fee(submission.localFee(), List.of(MESSAGES.text("fee.local", Fee.amountText(submission.localFee()))));
    }

    @Override
    public List<Problem> validate(Submission submission) {
        LocalDate parent = date(submission.form().get("parentBirthDate"));
        LocalDate child = date(submission.form().get("childBirthDate"));
        if (parent != null && child != null && !parent.isBefore(child)) {
            return List.of(new Problem("recognition.parentNotOlder", "form.parentBirthDate",
                    MESSAGES.text("parentNotOlder")));
        }
        return List.of();
    }

    /** The core has already checked the format; an unreadable date is its problem to report. */
    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
