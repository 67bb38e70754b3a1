package vn.motcua.civilstatus.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import vn.motcua.procedure.Fee;
import vn.motcua.procedure.Problem;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureDescriptor;
import vn.motcua.procedure.ResultContext;
import vn.motcua.procedure.Submission;

/**
 * 1.004873 Cấp Giấy xác nhận tình trạng hôn nhân. The fee is the province's (0 when it set none).
 * Someone divorced or widowed proves it with a paper; the certificate is valid for 6 months from
 * its issue, and says until when.
 */
@Component(service = Procedure.class, property = {
        Procedure.PROCEDURE_CODE + "=1.004873",
        Procedure.PROCEDURE_FIELD + "=" + CivilStatus.FIELD })
public class MaritalStatusCertification implements Procedure {

    static final String CODE = "1.004873";
    static final Set<String> STATUSES = Set.of("chua-ket-hon", "dang-co-vo-chong", "da-ly-hon", "vo-chong-da-chet");
    /** Statuses that need the paper proving the divorce or the spouse's death. */
    static final Set<String> NEEDS_PROOF = Set.of("da-ly-hon", "vo-chong-da-chet");
    static final String PROOF = "chung-minh-hon-nhan";
    static final int VALID_MONTHS = 6;

    private static final ResultTemplate CERTIFICATE = ResultTemplate.load("xac-nhan-tinh-trang-hon-nhan.html");

    private final ProcedureDescriptor descriptor = CivilStatus.descriptor(CODE);

    @Override
    public ProcedureDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public Fee fee(Submission submission) {
        if (submission.localFee() == null) {
            return new Fee(0, List.of(CivilStatus.message("fee.localNone")));
        }
        return new Fee(submission.localFee(),
                List.of(CivilStatus.message("fee.local", Fee.amountText(submission.localFee()))));
    }

    @Override
    public List<Problem> validate(Submission submission) {
        List<Problem> problems = new ArrayList<>();
        CivilStatus.checkEventDate(submission, "personBirthDate", "label.personBirthDate", problems);
        String status = CivilStatus.text(submission, "maritalStatus");
        if (status != null && !STATUSES.contains(status)) {
            problems.add(new Problem("marital-status.unknown", "form.maritalStatus",
                    CivilStatus.message("maritalStatus.unknown")));
        } else if (status != null && NEEDS_PROOF.contains(status) && submission.document(PROOF) == null) {
            problems.add(new Problem("marital-status.proof-missing", "documents",
                    CivilStatus.message("maritalStatus.proofMissing")));
        }
        return problems;
    }

    /** The last day the certificate may be used: 6 months after the day it is issued. */
    static LocalDate validUntil(LocalDate issued) {
        return issued.plusMonths(VALID_MONTHS);
    }

    @Override
    public String resultDocument(ResultContext context) {
        Map<String, String> v = ResultTemplate.values(context, "purpose");
        v.put("personBirthDate", ResultTemplate.formDate(context, "personBirthDate"));
        String status = context.form().get("maritalStatus");
        v.put("maritalStatus", status != null && STATUSES.contains(status.strip())
                ? CivilStatus.message("maritalStatus." + status.strip()) : "");
        LocalDate issued = context.approvedAt() == null ? LocalDate.now() : context.approvedAt().toLocalDate();
        v.put("validUntil", CivilStatus.day(validUntil(issued)));
        return CERTIFICATE.render(v);
    }
}
