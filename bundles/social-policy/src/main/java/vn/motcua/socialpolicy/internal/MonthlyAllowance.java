package vn.motcua.socialpolicy.internal;

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
 * 1.001776 Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc,
 * nuôi dưỡng hàng tháng. Free. A new request must fit its group: the age bounds the group's
 * definition implies, and the disability certificate for a disabled person. Adjustments and
 * terminations concern people already receiving the benefit, so the age bounds do not apply to
 * them (a child who turned 16 is exactly who stops receiving it).
 */
@Component(service = Procedure.class, property = {
        Procedure.PROCEDURE_CODE + "=1.001776",
        Procedure.PROCEDURE_FIELD + "=" + SocialPolicy.FIELD })
public class MonthlyAllowance implements Procedure {

    static final String CODE = "1.001776";
    static final String NEW = "thuc-hien";
    static final Set<String> KINDS = Set.of(NEW, "dieu-chinh", "thoi-huong");
    static final String DISABILITY_CERTIFICATE = "giay-xac-nhan-khuyet-tat";

    private static final ResultTemplate DECISION = ResultTemplate.load("quyet-dinh-tro-cap-hang-thang.html");

    private final ProcedureDescriptor descriptor = SocialPolicy.descriptor(CODE);

    @Override
    public ProcedureDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public Fee fee(Submission submission) {
        return new Fee(0, List.of(SocialPolicy.message("fee.free")));
    }

    @Override
    public List<Problem> validate(Submission submission) {
        List<Problem> problems = new ArrayList<>();
        String kind = SocialPolicy.text(submission.form(), "requestKind");
        if (kind != null && !KINDS.contains(kind)) {
            problems.add(new Problem("social-policy.request-kind", "form.requestKind",
                    SocialPolicy.message("requestKind.unknown")));
        }
        String groupCode = SocialPolicy.text(submission.form(), "beneficiaryGroup");
        BeneficiaryGroup group = BeneficiaryGroup.of(groupCode);
        if (groupCode != null && group == null) {
            problems.add(new Problem("social-policy.group", "form.beneficiaryGroup",
                    SocialPolicy.message("group.unknown")));
        }
        boolean birthOk = SocialPolicy.checkDate(submission, "beneficiaryBirthDate", "label.beneficiaryBirthDate",
                problems);
        if (NEW.equals(kind) && group != null) {
            if (birthOk) {
                checkAge(group, SocialPolicy.date(submission.form(), "beneficiaryBirthDate"),
                        submission.receivedAt().toLocalDate(), problems);
            }
            if (group.needsDisabilityCertificate && submission.document(DISABILITY_CERTIFICATE) == null) {
                problems.add(new Problem("social-policy.disability-certificate", "documents",
                        SocialPolicy.message("disability.certificateMissing")));
            }
        }
        return problems;
    }

    private static void checkAge(BeneficiaryGroup group, LocalDate birth, LocalDate on, List<Problem> problems) {
        int age = SocialPolicy.fullYears(birth, on);
        String key = null;
        Integer bound = null;
        if (group.under != null && age >= group.under) {
            key = "age.under";
            bound = group.under;
        } else if (group.atLeast != null && age < group.atLeast) {
            key = "age.atLeast";
            bound = group.atLeast;
        } else if (group.atMost != null && age > group.atMost) {
            key = "age.atMost";
            bound = group.atMost;
        }
        if (key != null) {
            problems.add(new Problem("social-policy.age", "form.beneficiaryBirthDate", SocialPolicy.message(key,
                    group.label(), String.valueOf(bound), SocialPolicy.day(birth), String.valueOf(age))));
        }
    }

    @Override
    public String resultDocument(ResultContext context) {
        Map<String, String> v = ResultTemplate.values(context, "beneficiaryFullName", "beneficiaryIdNumber");
        v.put("registerSymbol", descriptor.result().bookSymbol());
        v.put("beneficiaryBirthDate", ResultTemplate.formDate(context, "beneficiaryBirthDate"));
        String kind = SocialPolicy.text(context.form(), "requestKind");
        if (kind == null || !KINDS.contains(kind)) {
            kind = NEW;
        }
        BeneficiaryGroup group = BeneficiaryGroup.of(context.form().get("beneficiaryGroup"));
        String benefit = SocialPolicy.message(group != null && group.careSupport ? "benefit.care" : "benefit.allowance");
        v.put("kind", SocialPolicy.message("requestKind." + kind));
        v.put("kindLower", SocialPolicy.message("requestKindLower." + kind));
        v.put("benefit", benefit);
        v.put("group", group == null ? "" : group.label());
        return DECISION.render(v);
    }
}
