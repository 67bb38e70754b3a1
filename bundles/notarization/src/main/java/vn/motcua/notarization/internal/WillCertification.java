package vn.motcua.notarization.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import vn.motcua.procedure.Fee;
import vn.motcua.procedure.Problem;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureDescriptor;
import vn.motcua.procedure.Submission;

/**
 * 2.001019 Chứng thực di chúc. 50,000 đ per will; the testator must ask in person (Nghị định
 * 23/2015/NĐ-CP), so the applicant is the testator.
 */
@Component(service = Procedure.class, property = {
        Procedure.PROCEDURE_CODE + "=2.001019",
        Procedure.PROCEDURE_FIELD + "=chung-thuc" })
public class WillCertification implements Procedure {

    static final String CODE = "2.001019";
    static final long PER_WILL = 50_000;

    private final ProcedureDescriptor descriptor = Notarization.descriptor(CODE);

    @Override
    public ProcedureDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public Fee fee(Submission submission) {
        return new Fee(PER_WILL, List.of(Notarization.message("fee.will")));
    }

    @Override
    public List<Problem> validate(Submission submission) {
        String testator = submission.form().get("testatorIdNumber");
        if (testator != null && submission.applicant() != null && submission.applicant().idNumber() != null
                && !testator.trim().equals(submission.applicant().idNumber().trim())) {
            return List.of(new Problem("notarization.testator-not-applicant", "form.testatorIdNumber",
                    Notarization.message("testator.notApplicant")));
        }
        return List.of();
    }
}
