/**
 * Delivery of dossier changes to the national public-service portal (Cổng dịch vụ công quốc gia):
 * every status change is written to an outbox in the same transaction, in the shape of the
 * portal's DongBoHoSoMC and CapNhatTienDoHoSoMC payloads, and a {@link vn.motcua.portal.PortalAdapter}
 * delivers it later, with retries. A province registers its own adapter (LGSP, the portal's API);
 * the default one appends the messages to a log file.
 */
@Export
@Version("1.2.0")
package vn.motcua.portal;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
