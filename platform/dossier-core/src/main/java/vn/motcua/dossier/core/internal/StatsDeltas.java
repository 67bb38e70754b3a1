package vn.motcua.dossier.core.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import vn.motcua.dossier.Action;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Timeliness;
import vn.motcua.dossier.core.internal.persistence.DossierEntity;
import vn.motcua.dossier.core.internal.persistence.DossierRepository.StatsDelta;

/**
 * What a change adds to the daily statistics: a reception, a refusal, a completion (early, on time
 * or late against the due date, with the office time it took), a withdrawal, a return.
 */
final class StatsDeltas {

    private StatsDeltas() {
    }

    /** The dossier was received (at the counter, by post, or an online one accepted). */
    static StatsDelta received(DossierEntity d, LocalDateTime at) {
        return delta(d, at, 1, 0, 0, 0, 0, 0, 0, 0);
    }

    /** After an action: what it counts, if anything. */
    static List<StatsDelta> after(DossierEntity d, Action action, DossierStatus before, LocalDateTime at,
                                  long consumedSeconds) {
        List<StatsDelta> deltas = new ArrayList<>(2);
        switch (action) {
            case ACCEPT -> deltas.add(received(d, at));
            case REFUSE -> deltas.add(delta(d, at, 0, 0, 0, 0, 0, 1, 0, 0));
            case WITHDRAW -> {
                if (d.getReceivedAt() != null) { // an online dossier withdrawn before acceptance was never counted
                    deltas.add(delta(d, at, 0, 0, 0, 0, 1, 0, 0, 0));
                }
            }
            case APPROVE, RESOLVE_ON_SPOT -> {
                Timeliness t = Timeliness.finished(d.getDueAt(), at);
                deltas.add(delta(d, at, 0, t == Timeliness.EARLY ? 1 : 0, t == Timeliness.ON_TIME ? 1 : 0,
                        t == Timeliness.LATE ? 1 : 0, 0, 0, action == Action.RESOLVE_ON_SPOT ? 1 : 0,
                        consumedSeconds));
            }
            case RETURN_RESULT -> deltas.add(delta(d, at, 0, 0, 0, 0, 0, 0, 1, 0));
            default -> {
                // other actions change no count
            }
        }
        return deltas;
    }

    private static StatsDelta delta(DossierEntity d, LocalDateTime at, int received, int early, int onTime, int late,
                                    int withdrawn, int refused, int returned, long seconds) {
        return new StatsDelta(at.toLocalDate(), d.getAgencyCode(), d.getProcedureCode(), d.getChannel().name(),
                d.getFieldCode(), received, early, onTime, late, withdrawn, refused, returned, seconds);
    }
}
