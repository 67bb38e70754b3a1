/**
 * The procedure SPI. A procedure-field bundle (chứng thực, hộ tịch, bảo trợ xã hội, or a province's
 * own) registers one {@link vn.motcua.procedure.Procedure} OSGi service per administrative
 * procedure (thủ tục hành chính) it offers; the core tracks them dynamically and never imports a
 * field bundle's classes.
 */
@Export
@Version("1.3.1")
package vn.motcua.procedure;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
