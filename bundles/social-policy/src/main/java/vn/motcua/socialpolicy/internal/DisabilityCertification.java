package vn.motcua.socialpolicy.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * 1.001699 Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật. Free. The
 * form of disability is one of Luật Người khuyết tật 2010 Điều 3; the level is the council's
 * conclusion, which the signing leader writes in the result text: the certificate prints it.
 */
@Component(service = Procedure.class, property = {
        Procedure.PROCEDURE_CODE + "=1.001699",
        Procedure.PROCEDURE_FIELD + "=" + SocialPolicy.FIELD })
public class DisabilityCertification implements Procedure {

    static final String CODE = "1.001699";
    static final Set<String> FORMS = Set.of("van-dong", "nghe-noi", "nhin", "than-kinh-tam-than", "tri-tue", "khac");
    /** Levels of Điều 3 khoản 2, most severe first: "đặc biệt nặng" contains "nặng". */
    static final List<String> LEVELS = List.of("DAC_BIET_NANG", "NANG", "NHE");

    private static final ResultTemplate CERTIFICATE = ResultTemplate.load("giay-xac-nhan-khuyet-tat.html");

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
        SocialPolicy.checkDate(submission, "personBirthDate", "label.personBirthDate", problems);
        String form = SocialPolicy.text(submission.form(), "disabilityForm");
        if (form != null && !FORMS.contains(form)) {
            problems.add(new Problem("social-policy.disability-form", "form.disabilityForm",
                    SocialPolicy.message("disabilityForm.unknown")));
        }
        return problems;
    }

    /**
     * The level named in the leader's text, as its label ("Khuyết tật nặng"), or null when the
     * text names none.
     */
    static String level(String resultText) {
        if (resultText == null) {
            return null;
        }
        String t = Normalizer.normalize(resultText, Normalizer.Form.NFC).toLowerCase(Locale.forLanguageTag("vi"));
        for (String level : LEVELS) {
            if (t.contains(SocialPolicy.message("disabilityLevel." + level + ".match"))) {
                return SocialPolicy.message("disabilityLevel." + level);
            }
        }
        return null;
    }

    @Override
    public String resultDocument(ResultContext context) {
        Map<String, String> v = ResultTemplate.values(context, "personFullName", "personIdNumber");
        v.put("personBirthDate", ResultTemplate.formDate(context, "personBirthDate"));
        String form = SocialPolicy.text(context.form(), "disabilityForm");
        v.put("disabilityForm", form != null && FORMS.contains(form) ? SocialPolicy.message("disabilityForm." + form)
                : "");
        String level = level(context.resultText());
        v.put("level", level != null ? level : v.get("resultText"));
        v.put("kind", SocialPolicy.message("reassessment." + "true".equals(context.form().get("reassessment"))));
        return CERTIFICATE.render(v);
    }
}
