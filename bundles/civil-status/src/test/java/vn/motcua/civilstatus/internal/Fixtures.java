package vn.motcua.civilstatus.internal;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.motcua.procedure.ResultContext;
import vn.motcua.procedure.Submission;
import vn.motcua.procedure.Submission.Applicant;
import vn.motcua.procedure.Submission.SubmittedDocument;

/** Submissions and result contexts for the tests. */
final class Fixtures {

    static final Applicant APPLICANT =
            new Applicant("Nguyễn Thị Phương Hoa", "027190001234", "0912345678", "phường Võ Cường, tỉnh Bắc Ninh", null);

    private Fixtures() {
    }

    /** A form from alternating keys and values. */
    static Map<String, String> form(String... kv) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    static Submission submission(String code, LocalDateTime at, Map<String, String> form, Long localFee,
                                 SubmittedDocument... docs) {
        return new Submission(code, at, APPLICANT, List.of(docs), form, localFee);
    }

    static ResultContext result(Map<String, String> form, int number, String book, LocalDateTime at) {
        return new ResultContext("H27.01-260305-0001", "UBND phường Võ Cường", "Bắc Ninh", APPLICANT, form,
                "Đồng ý", number, book, at, "Trần Văn Bình");
    }
}
