package vn.motcua.slips;

import org.osgi.annotation.versioning.ProviderType;

import vn.motcua.dossier.Agency;
import vn.motcua.dossier.Dossier;

/** Renders the slips of a dossier as printable A4 HTML (UTF-8). */
@ProviderType
public interface SlipRenderer {

    /**
     * Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01).
     *
     * @param agency the receiving agency, or null when it is no longer in the directory
     */
    String receipt(Dossier dossier, Agency agency);
}
