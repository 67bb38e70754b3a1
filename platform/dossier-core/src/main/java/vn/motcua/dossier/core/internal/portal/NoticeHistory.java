package vn.motcua.dossier.core.internal.portal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.motcua.dossier.core.internal.persistence.OutboxEntry;
import vn.motcua.notice.ApplicantNotice;
import vn.motcua.notice.NoticeDelivery;
import vn.motcua.portal.PortalMessage;

/**
 * What became of a dossier's notices, read from its outbox rows. A notice is written into the row of
 * its change; when the notifier fails, the delivery keeps it (or what is left of it once the SMS
 * went) in a row of its own, of the same sequence, and retries that one. So a notice is sent when the
 * row that holds it last is delivered.
 */
final class NoticeHistory {

    private NoticeHistory() {
    }

    static List<NoticeDelivery> of(List<OutboxEntry> rows) {
        Map<Integer, OutboxEntry> apart = new HashMap<>();
        for (OutboxEntry row : rows) {
            if (ApplicantNotices.SERVICE.equals(row.getService())) {
                apart.put(row.getSeq(), row);
            }
        }
        List<NoticeDelivery> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (OutboxEntry row : rows) {
            if (ApplicantNotices.SERVICE.equals(row.getService())) {
                continue;
            }
            for (PortalMessage m : row.messages()) {
                if (ApplicantNotices.SERVICE.equals(m.service())) {
                    seen.add(m.seq());
                    out.add(delivery(ApplicantNotices.read(m), row, apart.get(m.seq())));
                }
            }
        }
        // a notice row without the change it came from (written on its own)
        for (OutboxEntry row : apart.values()) {
            if (!seen.contains(row.getSeq())) {
                out.add(delivery(ApplicantNotices.read(row.messages().get(0)), row, null));
            }
        }
        out.sort(Comparator.comparingInt(d -> d.notice().seq()));
        return out;
    }

    /** @param apart the row the notice was moved to after a failure, or null */
    private static NoticeDelivery delivery(ApplicantNotice notice, OutboxEntry row, OutboxEntry apart) {
        if (apart == null) {
            return delivered(row) ? new NoticeDelivery(notice, NoticeDelivery.SENT, row.getDeliveredAt(),
                    row.getAttempts(), null, null)
                    : new NoticeDelivery(notice, NoticeDelivery.WAITING, null, 0, row.getNextAttemptAt(), null);
        }
        if (delivered(apart)) {
            return new NoticeDelivery(notice, NoticeDelivery.SENT, apart.getDeliveredAt(), apart.getAttempts(), null,
                    null);
        }
        ApplicantNotice rest = ApplicantNotices.read(apart.messages().get(0));
        String state = notice.phone() != null && rest.phone() == null ? NoticeDelivery.PARTLY_SENT
                : apart.getAttempts() > 0 ? NoticeDelivery.RETRYING : NoticeDelivery.WAITING;
        return new NoticeDelivery(notice, state, state.equals(NoticeDelivery.PARTLY_SENT) && delivered(row)
                ? row.getDeliveredAt() : null, apart.getAttempts(), apart.getNextAttemptAt(), apart.getLastError());
    }

    private static boolean delivered(OutboxEntry row) {
        return OutboxEntry.DELIVERED.equals(row.getState());
    }
}
