package vn.motcua.notarization.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import vn.motcua.procedure.Fee;
import vn.motcua.procedure.Problem;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureDescriptor;
import vn.motcua.procedure.Submission;

/**
 * 2.001035 Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và
 * nhà ở. 50,000 đ per contract; a contract on land use rights or a house needs a copy of the
 * ownership or land-use certificate.
 */
@Component(service = Procedure.class, property = {
        Procedure.PROCEDURE_CODE + "=2.001035",
        Procedure.PROCEDURE_FIELD + "=chung-thuc" })
public class PropertyContractCertification implements Procedure {

    static final String CODE = "2.001035";
    static final long PER_CONTRACT = 50_000;
    static final Set<String> ASSET_KINDS = Set.of("dong-san", "quyen-su-dung-dat", "nha-o");
    static final Set<String> REGISTERED_ASSETS = Set.of("quyen-su-dung-dat", "nha-o");

    private final ProcedureDescriptor descriptor = Notarization.descriptor(CODE);

    @Override
    public ProcedureDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public Fee fee(Submission submission) {
        return new Fee(PER_CONTRACT, List.of(Notarization.message("fee.contract")));
    }

    @Override
    public List<Problem> validate(Submission submission) {
        List<Problem> problems = new ArrayList<>();
        String assetKind = submission.form().get("assetKind");
        if (assetKind == null || assetKind.isBlank()) {
            return problems; // required field: the core reports it
        }
        if (!ASSET_KINDS.contains(assetKind.trim())) {
            problems.add(new Problem("notarization.asset-kind", "form.assetKind",
                    Notarization.message("assetKind.unknown")));
        } else if (REGISTERED_ASSETS.contains(assetKind.trim()) && submission.document("giay-chung-nhan") == null) {
            problems.add(new Problem("notarization.certificate-missing", "documents",
                    Notarization.message("certificate.required")));
        }
        return problems;
    }
}
