package vn.motcua.dossier;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import vn.motcua.procedure.Procedure;

/** The procedures installed in this runtime, as contributed by field bundles. */
@ProviderType
public interface ProcedureCatalog {

    /** Installed procedures ordered by code, optionally only those of one field (null: all). */
    List<Procedure> list(String fieldCode);

    Optional<Procedure> find(String code);
}
