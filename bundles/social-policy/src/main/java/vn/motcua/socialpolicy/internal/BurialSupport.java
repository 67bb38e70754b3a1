package vn.motcua.socialpolicy.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.procedure.Fee;
import vn.motcua.procedure.Problem;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureDescriptor;
import vn.motcua.procedure.ResultContext;
import vn.motcua.procedure.Submission;

/**
 * 1.001731 Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội. Free. The support is the
 * configured multiple of the standard level in force on the date of death; it is shown with the
 * fee as information (it is a benefit paid out, not a fee) and printed on the decision.
 */
@Component(service = Procedure.class, property = {
        Procedure.PROCEDURE_CODE + "=1.001731",
        Procedure.PROCEDURE_FIELD + "=" + SocialPolicy.FIELD })
public class BurialSupport implements Procedure {

    static final String CODE = "1.001731";

    private static final ResultTemplate DECISION = ResultTemplate.load("quyet-dinh-ho-tro-mai-tang.html");

    private final ProcedureDescriptor descriptor = SocialPolicy.descriptor(CODE);
    private final AssistanceStandard standard;

    @Activate
    public BurialSupport(@Reference AssistanceStandard standard) {
        this.standard = standard;
    }

    @Override
    public ProcedureDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public Fee fee(Submission submission) {
        AssistanceStandard.BurialAmount b = amount(submission.form());
        if (b == null) {
            return new Fee(0, List.of(SocialPolicy.message("fee.free")));
        }
        return new Fee(0, List.of(SocialPolicy.message("fee.free"), SocialPolicy.message("fee.burialInfo",
                Fee.amountText(b.amount()), String.valueOf(b.multiple()), Fee.amountText(b.level().amount()),
                SocialPolicy.day(b.level().from()))));
    }

    @Override
    public List<Problem> validate(Submission submission) {
        List<Problem> problems = new ArrayList<>();
        if (standard.fault() != null) {
            problems.add(new Problem("social-policy.config", "procedureCode",
                    SocialPolicy.message("burial.configFault", standard.fault())));
            return problems;
        }
        if (SocialPolicy.checkDate(submission, "deathDate", "label.deathDate", problems)) {
            LocalDate death = SocialPolicy.date(submission.form(), "deathDate");
            if (standard.levelOn(death) == null) {
                problems.add(new Problem("social-policy.no-standard-level", "form.deathDate",
                        SocialPolicy.message("burial.noLevel", SocialPolicy.day(death),
                                SocialPolicy.day(standard.firstDay()))));
            }
        }
        return problems;
    }

    /** The support for the death date on the form, or null when there is none to compute. */
    AssistanceStandard.BurialAmount amount(Map<String, String> form) {
        LocalDate death = SocialPolicy.date(form, "deathDate");
        return death == null ? null : standard.burial(death);
    }

    /** "Mức hỗ trợ: 10.000.000 đồng (20 × 500.000 đồng)". */
    String amountLine(Map<String, String> form) {
        AssistanceStandard.BurialAmount b = amount(form);
        if (standard.fault() != null) {
            return SocialPolicy.message("burial.configFault", standard.fault());
        }
        if (b == null) {
            LocalDate death = SocialPolicy.date(form, "deathDate");
            return death == null ? "" : SocialPolicy.message("burial.noLevel", SocialPolicy.day(death),
                    SocialPolicy.day(standard.firstDay()));
        }
        return SocialPolicy.message("burial.amount", Fee.amountText(b.amount()), String.valueOf(b.multiple()),
                Fee.amountText(b.level().amount()));
    }

    @Override
    public String resultDocument(ResultContext context) {
        if (standard.fault() != null) {
            // no decision with a wrong or missing amount: the core keeps the approval and makes the
            // decision when it is first asked for, once the configuration is corrected
            throw new IllegalStateException(standard.fault());
        }
        Map<String, String> v = ResultTemplate.values(context, "deceasedFullName", "applicantRelation");
        v.put("registerSymbol", descriptor.result().bookSymbol());
        v.put("deathDate", ResultTemplate.formDate(context, "deathDate"));
        v.put("amountLine", amountLine(context.form()));
        return DECISION.render(v);
    }
}
