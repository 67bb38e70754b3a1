package vn.motcua.civilstatus.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import vn.motcua.procedure.Fee;
import vn.motcua.procedure.Problem;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureDescriptor;
import vn.motcua.procedure.ResultContext;
import vn.motcua.procedure.Submission;

/**
 * 1.001193 Đăng ký khai sinh. Free when registered within 60 days of birth; a late registration is
 * still received, and then pays the fee the province set (0 when it set none) unless the family
 * belongs to an exempt group.
 */
@Component(service = Procedure.class, property = {
        Procedure.PROCEDURE_CODE + "=1.001193",
        Procedure.PROCEDURE_FIELD + "=" + CivilStatus.FIELD })
public class BirthRegistration implements Procedure {

    static final String CODE = "1.001193";
    /** Luật Hộ tịch: parents register the birth within 60 days of it. */
    static final int DAYS_ALLOWED = 60;

    private static final ResultTemplate EXTRACT = ResultTemplate.load("trich-luc-khai-sinh.html");

    private final ProcedureDescriptor descriptor = CivilStatus.descriptor(CODE);

    @Override
    public ProcedureDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public Fee fee(Submission submission) {
        return CivilStatus.onTimeOrLocalFee(submission, "childBirthDate", "label.childBirthDate", DAYS_ALLOWED,
                "fee.birth");
    }

    @Override
    public List<Problem> validate(Submission submission) {
        List<Problem> problems = new ArrayList<>();
        CivilStatus.checkEventDate(submission, "childBirthDate", "label.childBirthDate", problems);
        String gender = CivilStatus.text(submission, "childGender");
        if (gender != null && Gender.parse(gender) == null) {
            problems.add(new Problem("civil-status.gender", "form.childGender",
                    CivilStatus.message("gender.invalid", CivilStatus.message("label.childGender"))));
        }
        CivilStatus.checkExemption(submission, problems);
        return problems;
    }

    @Override
    public String resultDocument(ResultContext context) {
        Map<String, String> v = ResultTemplate.values(context, "childFullName", "childEthnicity",
                "childNationality", "birthPlace", "motherFullName", "fatherFullName");
        v.put("childBirthDate", ResultTemplate.formDate(context, "childBirthDate"));
        Gender g = Gender.parse(context.form().get("childGender"));
        v.put("childGender", g == null ? "" : g.label());
        return EXTRACT.render(v);
    }
}
