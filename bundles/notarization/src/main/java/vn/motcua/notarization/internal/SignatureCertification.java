package vn.motcua.notarization.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import vn.motcua.procedure.Fee;
import vn.motcua.procedure.Problem;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureDescriptor;
import vn.motcua.procedure.Submission;
import vn.motcua.procedure.Submission.SubmittedDocument;

/**
 * 2.000884 Chứng thực chữ ký. Fee: 10,000 đ per case (trường hợp); one case per original paper
 * signed in front of the official.
 */
@Component(service = Procedure.class, property = {
        Procedure.PROCEDURE_CODE + "=2.000884",
        Procedure.PROCEDURE_FIELD + "=chung-thuc" })
public class SignatureCertification implements Procedure {

    static final String CODE = "2.000884";
    static final String SIGNED_PAPER = "van-ban-ky";
    static final long PER_CASE = 10_000;

    private final ProcedureDescriptor descriptor = Notarization.descriptor(CODE);

    @Override
    public ProcedureDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public Fee fee(Submission submission) {
        SubmittedDocument paper = submission.document(SIGNED_PAPER);
        int cases = paper == null ? 0 : paper.originals();
        return new Fee(PER_CASE * cases, List.of(Notarization.message("fee.signature", cases)));
    }

    @Override
    public List<Problem> validate(Submission submission) {
        SubmittedDocument paper = submission.document(SIGNED_PAPER);
        if (paper != null && (paper.originals() < 1 || paper.originals() > CopyCertification.MAX_COPIES)) {
            return List.of(new Problem("notarization.cases",
                    "documents[" + submission.documents().indexOf(paper) + "].originals",
                    Notarization.message("signature.cases")));
        }
        return List.of();
    }
}
