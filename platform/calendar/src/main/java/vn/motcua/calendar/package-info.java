/**
 * The Vietnamese working-day calendar: which days are worked, why a day is off, lunar dates, office
 * hours and the due instant of a legal time limit. All date-times are local to Asia/Ho_Chi_Minh.
 */
@Export
@Version("1.1.0")
package vn.motcua.calendar;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
