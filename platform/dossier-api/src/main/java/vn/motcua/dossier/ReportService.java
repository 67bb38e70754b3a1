package vn.motcua.dossier;

import org.osgi.annotation.versioning.ProviderType;

/** Statistics from maintained daily aggregates: the cost depends on days and groups, not on dossiers. */
@ProviderType
public interface ReportService {

    /**
     * @throws ForbiddenException when the asked agency is outside the actor's; without an agency,
     *     the actor's own scope is reported
     */
    Report report(ReportQuery query, Actor actor);
}
