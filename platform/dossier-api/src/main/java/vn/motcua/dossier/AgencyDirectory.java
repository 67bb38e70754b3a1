package vn.motcua.dossier;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** The province's agency tree. */
@ProviderType
public interface AgencyDirectory {

    /** All agencies, the province first, then by code. */
    List<Agency> list();

    Optional<Agency> find(String code);
}
