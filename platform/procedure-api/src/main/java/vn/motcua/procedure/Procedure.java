package vn.motcua.procedure;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One administrative procedure (thủ tục hành chính) contributed by a field bundle, registered as an
 * OSGi service. The data lives in {@link #descriptor()}; the rules that need code (fees, the
 * field's own validation) are methods here.
 *
 * <p>Register with the service properties {@link #PROCEDURE_CODE} and {@link #PROCEDURE_FIELD} so
 * that consumers can filter without calling the service.
 */
@ConsumerType
public interface Procedure {

    /** Service property: the national procedure code (mã TTHC), e.g. {@code 2.000815}. */
    String PROCEDURE_CODE = "motcua.procedure.code";

    /** Service property: the code of the procedure field (lĩnh vực), e.g. {@code chung-thuc}. */
    String PROCEDURE_FIELD = "motcua.procedure.field";

    /** What the procedure is: code, name, field, time limit, documents, form, legal basis. */
    ProcedureDescriptor descriptor();

    /**
     * The fee (phí, lệ phí) for a submission that has passed {@link #validate}. Pure: no side
     * effects, cheap, thread-safe.
     */
    Fee fee(Submission submission);

    /**
     * The field's own rules beyond what the descriptor declares (the core has already checked
     * required documents and form fields). Returns every problem found, or an empty list.
     */
    List<Problem> validate(Submission submission);

    /**
     * The printable result (trích lục, giấy xác nhận…) as A4 HTML in UTF-8, made once at approval
     * and kept with the dossier; null when the procedure has none beyond the approval itself. All
     * text taken from the context must be HTML-escaped.
     */
    default String resultDocument(ResultContext context) {
        return null;
    }
}
