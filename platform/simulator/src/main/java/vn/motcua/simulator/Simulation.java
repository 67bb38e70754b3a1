package vn.motcua.simulator;

import java.time.LocalDate;
import java.util.Map;

import vn.motcua.dossier.Report;

/**
 * A replay: its progress, what it generated, and the period's report once done.
 *
 * @param id to follow it
 * @param preset the preset's name
 * @param seed the random seed (the same seed replays the same dossiers)
 * @param state RUNNING, DONE or FAILED
 * @param total dossiers to generate
 * @param done dossiers generated so far
 * @param generated what was generated, by kind (e.g. "agency:000.03.01.H07", "field:ho-tich",
 *     "outcome:LATE", "rejected"), for checking the report against it
 * @param report the period's report once done
 * @param error why it failed
 */
public record Simulation(String id, String preset, long seed, String state, LocalDate from, LocalDate to,
                         int total, int done, Map<String, Integer> generated, Report report, String error) {

    public boolean finished() {
        return !state.equals("RUNNING");
    }
}
