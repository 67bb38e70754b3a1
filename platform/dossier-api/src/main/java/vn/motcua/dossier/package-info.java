/**
 * The services the core dossier bundle offers (dossier lifecycle, procedure catalogue, agency
 * directory) and the data they exchange. No persistence types cross this API.
 */
@Export
@Version("1.9.0")
package vn.motcua.dossier;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
