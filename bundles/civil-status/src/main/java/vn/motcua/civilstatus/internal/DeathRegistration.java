package vn.motcua.civilstatus.internal;

import java.time.LocalDate;
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
 * 1.000656 Đăng ký khai tử. Free when declared within 15 days of death; later, the fee the province
 * set (0 when it set none), unless the family belongs to an exempt group.
 */
@Component(service = Procedure.class, property = {
        Procedure.PROCEDURE_CODE + "=1.000656",
        Procedure.PROCEDURE_FIELD + "=" + CivilStatus.FIELD })
public class DeathRegistration implements Procedure {

    static final String CODE = "1.000656";
    /** Luật Hộ tịch: the death is declared within 15 days of it. */
    static final int DAYS_ALLOWED = 15;

    private static final ResultTemplate EXTRACT = ResultTemplate.load("trich-luc-khai-tu.html");

    private final ProcedureDescriptor descriptor = CivilStatus.descriptor(CODE);

    @Override
    public ProcedureDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public Fee fee(Submission submission) {
        return CivilStatus.onTimeOrLocalFee(submission, "deathDate", "label.deathDate", DAYS_ALLOWED, "fee.death");
    }

    @Override
    public List<Problem> validate(Submission submission) {
        List<Problem> problems = new ArrayList<>();
        CivilStatus.checkEventDate(submission, "deathDate", "label.deathDate", problems);
        CivilStatus.checkEventDate(submission, "deceasedBirthDate", "label.deceasedBirthDate", problems);
        LocalDate death = CivilStatus.date(submission.form(), "deathDate");
        LocalDate birth = CivilStatus.date(submission.form(), "deceasedBirthDate");
        if (death != null && birth != null && death.isBefore(birth)) {
            problems.add(new Problem("civil-status.death-before-birth", "form.deathDate",
                    CivilStatus.message("date.deathBeforeBirth", CivilStatus.day(death), CivilStatus.day(birth))));
        }
        CivilStatus.checkExemption(submission, problems);
        return problems;
    }

    @Override
    public String resultDocument(ResultContext context) {
        Map<String, String> v = ResultTemplate.values(context, "deceasedFullName", "deceasedIdNumber",
                "deathPlace", "deathCause");
        v.put("deceasedBirthDate", ResultTemplate.formDate(context, "deceasedBirthDate"));
        v.put("deathDate", ResultTemplate.formDate(context, "deathDate"));
        return EXTRACT.render(v);
    }
}
