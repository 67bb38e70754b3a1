package vn.motcua.portal;

import java.time.LocalDateTime;

/**
 * One message for the national portal.
 *
 * @param dossierCode the dossier (MaHoSo)
 * @param seq the audit entry it reports
 * @param service the portal service: {@link PortalAdapter#SYNC_DOSSIER} or {@link PortalAdapter#UPDATE_PROGRESS}
 * @param payload the JSON body, in the portal's field names
 * @param createdAt when the change happened
 * @param attempt 1 for the first delivery attempt
 */
public record PortalMessage(String dossierCode, int seq, String service, String payload, LocalDateTime createdAt,
                            int attempt) {
}
