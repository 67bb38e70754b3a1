/**
 * Notices to applicants (SMS, e-mail, Zalo): when their dossier is received, asked for more
 * papers, refused, stopped, ready for collection or late with a new appointment, the change writes
 * a notice in the same transaction, and an {@link vn.motcua.notice.ApplicantNotifier} sends it
 * later, with retries, to the phone or e-mail the applicant gave. A province registers its own
 * notifier (its SMS gateway, its mail server); the default one appends the notices to a log file.
 */
@Export
@Version("1.2.0")
package vn.motcua.notice;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
