/**
 * Printable slips of the one-stop mechanism (Circular 01/2018/TT-VPCP, and the 2025 set), rendered
 * as A4 HTML in Vietnamese.
 */
@Export
@Version("1.0.0")
package vn.motcua.slips;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
