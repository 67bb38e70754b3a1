package vn.motcua.socialpolicy.internal;

import java.lang.reflect.Proxy;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.motcua.procedure.ResultContext;
import vn.motcua.procedure.Submission;
import vn.motcua.procedure.Submission.Applicant;
import vn.motcua.procedure.Submission.SubmittedDocument;

/** Submissions, result contexts and configurations for the tests. */
final class Fixtures {

    static final Applicant APPLICANT =
            new Applicant("Đỗ Thị Mai", "027185004444", "0987654321", "xã Tam Giang, tỉnh Bắc Ninh", null);

    private Fixtures() {
    }

    static Map<String, String> form(String... kv) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    static Submission submission(String code, LocalDateTime at, Map<String, String> form, SubmittedDocument... docs) {
        return new Submission(code, at, APPLICANT, List.of(docs), form, null);
    }

    static ResultContext result(Map<String, String> form, String resultText, int number, String book,
                                LocalDateTime at) {
        return new ResultContext("H27.02-260410-0007", "UBND xã Tam Giang", "Bắc Ninh", APPLICANT, form, resultText,
                number, book, at, "Nguyễn Văn Chính");
    }

    /**
     * The configuration DS would hand the component when no configuration exists: every attribute
     * at its declared default, read from the annotation itself.
     */
    static AssistanceStandard.Config defaults() {
        return (AssistanceStandard.Config) Proxy.newProxyInstance(AssistanceStandard.Config.class.getClassLoader(),
                new Class<?>[] {AssistanceStandard.Config.class}, (proxy, method, args) -> {
                    Object value = method.getDefaultValue();
                    if (value == null) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return value;
                });
    }
}
