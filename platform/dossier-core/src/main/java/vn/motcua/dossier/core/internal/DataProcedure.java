package vn.motcua.dossier.core.internal;

import java.util.List;

import vn.motcua.procedure.Fee;
import vn.motcua.procedure.Problem;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureDescriptor;
import vn.motcua.procedure.Submission;

/**
 * A procedure defined as data: the core's own checks only, and a fixed fee (or the province's, when
 * its catalogue sets one).
 */
final class DataProcedure implements Procedure {

    private final ProcedureDescriptor descriptor;
    private final long feeAmount;
    private final String source;

    DataProcedure(ProcedureDescriptor descriptor, long feeAmount, String source) {
        this.descriptor = descriptor;
        this.feeAmount = feeAmount;
        this.source = source;
    }

    @Override
    public ProcedureDescriptor descriptor() {
        return descriptor;
    }

    long feeAmount() {
        return feeAmount;
    }

    String source() {
        return source;
    }

    @Override
    public Fee fee(Submission submission) {
        long amount = submission.localFee() != null ? submission.localFee() : feeAmount;
        if (amount == 0) {
            return Fee.FREE;
        }
        return new Fee(amount, List.of(descriptor.feeText().isBlank() ? Fee.amountText(amount) + " đồng" : descriptor.feeText()));
    }

    @Override
    public List<Problem> validate(Submission submission) {
        return List.of();
    }

    /** Same definition, so that a re-read that changed nothing registers nothing anew. */
    boolean sameAs(DataProcedure other) {
        return other != null && descriptor.equals(other.descriptor) && feeAmount == other.feeAmount
                && source.equals(other.source);
    }
}
