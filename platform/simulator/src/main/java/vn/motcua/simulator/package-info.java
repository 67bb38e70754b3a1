/**
 * Replays of a period (the reference deployment's six months, or a province's own preset) through
 * the real service layer, for demonstrations, training and checking the statistics.
 */
@Export
@Version("1.0.0")
package vn.motcua.simulator;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
