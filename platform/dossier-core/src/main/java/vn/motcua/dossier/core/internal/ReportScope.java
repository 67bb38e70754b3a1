package vn.motcua.dossier.core.internal;

import java.util.Set;

import vn.motcua.dossier.Actor;
import vn.motcua.dossier.AgencyDirectory;
import vn.motcua.dossier.ForbiddenException;
import vn.motcua.dossier.NotFoundException;

/** The agencies a report or a satisfaction figure covers, as the actor may see them. */
final class ReportScope {

    private ReportScope() {
    }

    /**
     * The agency asked for with every agency below it, or what the actor sees when none is asked
     * for (null: the whole province).
     *
     * @throws NotFoundException for a code no agency has (had)
     * @throws ForbiddenException for an agency outside the actor's
     */
    static Set<String> of(AgencyDirectory agencies, String agencyCode, Actor actor) {
        if (agencyCode != null) {
            known(agencies, agencyCode);
            if (!actor.seesWholeProvince() && !agencies.scope(actor.agencyCode()).contains(agencyCode)) {
                throw new ForbiddenException(CoreMessages.text("access.book", agencyCode));
            }
            return agencies.scope(agencyCode);
        }
        return actor.seesWholeProvince() ? null : agencies.scope(actor.agencyCode());
    }

    /** @throws NotFoundException for a code no agency has (had): a typo is not an agency without dossiers */
    static void known(AgencyDirectory agencies, String agencyCode) {
        if (agencies.find(agencyCode).isEmpty()) {
            throw new NotFoundException("agency.not-found", CoreMessages.text("agency.notFound", agencyCode));
        }
    }
}
