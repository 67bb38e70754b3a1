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
 * 1.000894 Đăng ký kết hôn. Free. The conditions of Luật Hôn nhân và gia đình 2014 Điều 8 that a
 * counter can check from the form: a man of full 20 years and a woman of full 18 years at the
 * registration date, one man and one woman, two different people.
 */
@Component(service = Procedure.class, property = {
        Procedure.PROCEDURE_CODE + "=1.000894",
        Procedure.PROCEDURE_FIELD + "=" + CivilStatus.FIELD })
public class MarriageRegistration implements Procedure {

    static final String CODE = "1.000894";
    static final int MIN_AGE_MAN = 20;
    static final int MIN_AGE_WOMAN = 18;

    private static final ResultTemplate EXTRACT = ResultTemplate.load("trich-luc-ket-hon.html");

    private final ProcedureDescriptor descriptor = CivilStatus.descriptor(CODE);

    @Override
    public ProcedureDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public Fee fee(Submission submission) {
        return new Fee(0, List.of(CivilStatus.message("fee.marriage")));
    }

    @Override
    public List<Problem> validate(Submission submission) {
        List<Problem> problems = new ArrayList<>();
        LocalDate registration = submission.receivedAt().toLocalDate();
        Gender[] genders = new Gender[3];
        for (int party = 1; party <= 2; party++) {
            String p = "party" + party;
            String genderText = CivilStatus.text(submission, p + "Gender");
            genders[party] = Gender.parse(genderText);
            if (genderText != null && genders[party] == null) {
                problems.add(new Problem("civil-status.gender", "form." + p + "Gender",
                        CivilStatus.message("gender.invalid", CivilStatus.message("label." + p + "Gender"))));
            }
            int before = problems.size();
            CivilStatus.checkEventDate(submission, p + "BirthDate", "label." + p + "BirthDate", problems);
            LocalDate birth = CivilStatus.date(submission.form(), p + "BirthDate");
            if (problems.size() == before && birth != null && genders[party] != null
                    && !ofFullAge(birth, genders[party], registration)) {
                problems.add(new Problem("marriage.under-age", "form." + p + "BirthDate",
                        CivilStatus.message(genders[party] == Gender.MALE ? "marriage.tooYoung.male"
                                        : "marriage.tooYoung.female", CivilStatus.message("party." + party),
                                CivilStatus.text(submission, p + "FullName"), CivilStatus.day(birth),
                                CivilStatus.day(registration))));
            }
        }
        if (genders[1] != null && genders[1] == genders[2]) {
            problems.add(new Problem("marriage.same-sex", "form.party2Gender",
                    CivilStatus.message("marriage.sameSex", genders[1].label())));
        }
        String id1 = CivilStatus.text(submission, "party1IdNumber");
        if (id1 != null && id1.equals(CivilStatus.text(submission, "party2IdNumber"))) {
            problems.add(new Problem("marriage.same-person", "form.party2IdNumber",
                    CivilStatus.message("marriage.sameId")));
        }
        return problems;
    }

    /**
     * Whether someone born on {@code birth} has reached the marriage age on {@code date}: full
     * years, so the birthday itself counts (someone born on 29 February reaches it on 28 February
     * of a common year, the last day of that month).
     */
    static boolean ofFullAge(LocalDate birth, Gender gender, LocalDate date) {
        int years = gender == Gender.MALE ? MIN_AGE_MAN : MIN_AGE_WOMAN;
        return !birth.plusYears(years).isAfter(date);
    }

    @Override
    public String resultDocument(ResultContext context) {
        Map<String, String> v = ResultTemplate.values(context);
        // the man's column first, as on the marriage certificate; the form order when unreadable
        int man = Gender.parse(context.form().get("party2Gender")) == Gender.MALE
                && Gender.parse(context.form().get("party1Gender")) != Gender.MALE ? 2 : 1;
        int woman = 3 - man;
        put(v, context, "man", man);
        put(v, context, "woman", woman);
        return EXTRACT.render(v);
    }

    private static void put(Map<String, String> v, ResultContext c, String role, int party) {
        String p = "party" + party;
        String name = c.form().get(p + "FullName");
        v.put(role + "FullName", name == null ? "" : name.strip());
        v.put(role + "BirthDate", ResultTemplate.formDate(c, p + "BirthDate"));
        String id = c.form().get(p + "IdNumber");
        v.put(role + "IdNumber", id == null ? "" : id.strip());
    }
}
