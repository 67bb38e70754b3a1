package vn.motcua.simulator;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Replays a period described by a preset (a JSON file: period, number of dossiers, shares of
 * agencies, procedures and channels, share of supplements, late and withdrawn dossiers) through
 * the real service layer. Simulated changes count in the statistics but are never sent to the
 * national portal.
 */
@ProviderType
public interface Simulator {

    /** The presets available: shipped ones and the province's under etc/motcua-presets. */
    List<String> presets();

    /**
     * Starts a replay in the background.
     *
     * @param scale a share of the preset's dossiers (1 for all), e.g. 0.01 for a quick look
     * @throws IllegalArgumentException when the preset does not exist or is malformed
     */
    Simulation start(String preset, long seed, double scale);

    Optional<Simulation> get(String id);

    /** Every replay started since the runtime started, the newest first. */
    List<Simulation> list();
}
