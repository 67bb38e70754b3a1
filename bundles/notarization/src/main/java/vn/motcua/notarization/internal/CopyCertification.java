package vn.motcua.notarization.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import vn.motcua.procedure.Fee;
import vn.motcua.procedure.Problem;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureDescriptor;
import vn.motcua.procedure.Submission;
import vn.motcua.procedure.Submission.SubmittedDocument;

/**
 * 2.000815 Chứng thực bản sao từ bản chính. Fee (Thông tư 226/2016/TT-BTC): 2,000 đ per page for
 * pages one and two, 1,000 đ per page from page three, at most 200,000 đ per copy.
 */
@Component(service = Procedure.class, property = {
        Procedure.PROCEDURE_CODE + "=2.000815",
        Procedure.PROCEDURE_FIELD + "=chung-thuc" })
public class CopyCertification implements Procedure {

    static final String CODE = "2.000815";
    static final String ORIGINAL = "ban-chinh";
    static final long FIRST_PAGES_RATE = 2_000;
    static final long FURTHER_PAGES_RATE = 1_000;
    static final long CAP_PER_COPY = 200_000;
    /** Beyond this a request is a data-entry error, not a counter request. */
    static final int MAX_COPIES = 1_000;
    static final int MAX_PAGES = 10_000;

    private final ProcedureDescriptor descriptor = Notarization.descriptor(CODE);

    @Override
    public ProcedureDescriptor descriptor() {
        return descriptor;
    }

    /** The fee for one certified copy of a document of {@code pages} pages. */
    static long perCopy(int pages) {
        long fee = FIRST_PAGES_RATE * Math.min(pages, 2) + FURTHER_PAGES_RATE * Math.max(pages - 2, 0);
        return Math.min(fee, CAP_PER_COPY);
    }

    @Override
    public Fee fee(Submission submission) {
        SubmittedDocument original = submission.document(ORIGINAL);
        if (original == null) {
            return new Fee(0, List.of());
        }
        long perCopy = perCopy(original.pages());
        long total = perCopy * original.copies();
        return new Fee(total, List.of(Notarization.message("fee.copy", original.copies(), original.pages(),
                Fee.amountText(perCopy))));
    }

    @Override
    public List<Problem> validate(Submission submission) {
        List<Problem> problems = new ArrayList<>();
        SubmittedDocument original = submission.document(ORIGINAL);
        if (original == null) {
            return problems; // the core reports the missing mandatory document
        }
        int index = submission.documents().indexOf(original);
        if (original.copies() < 1) {
            problems.add(new Problem("notarization.copies", "documents[" + index + "].copies",
                    Notarization.message("copies.required")));
        } else if (original.copies() > MAX_COPIES) {
            problems.add(new Problem("notarization.copies", "documents[" + index + "].copies",
                    Notarization.message("copies.tooMany", Fee.amountText(MAX_COPIES))));
        }
        if (original.pages() > MAX_PAGES) {
            problems.add(new Problem("notarization.pages", "documents[" + index + "].pages",
                    Notarization.message("pages.tooMany", Fee.amountText(MAX_PAGES))));
        }
        return problems;
    }
}
