package vn.motcua.dossier;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/** The province's agency tree. */
@ProviderType
public interface AgencyDirectory {

    /** All agencies, the province first, then by code. */
    List<Agency> list();

    Optional<Agency> find(String code);

    /**
     * The agency and every agency below it in the tree (a city's communes, the province's
     * everything), or an empty set for an unknown code.
     */
    Set<String> scope(String code);

    /** The place name printed before dates on slips and results (địa danh), e.g. "Bắc Ninh". */
    String placeName();
}
