package vn.motcua.simulator.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.ProcedureCatalog;
import vn.motcua.dossier.ReportQuery;
import vn.motcua.dossier.ReportService;
import vn.motcua.simulator.Simulation;
import vn.motcua.simulator.Simulator;

/** Runs replays one at a time in the background; keeps the last ones to be followed. */
@Component(service = Simulator.class, configurationPid = SimulatorComponent.PID)
@Designate(ocd = SimulatorComponent.Config.class)
public class SimulatorComponent implements Simulator {

    static final String PID = "vn.motcua.simulator";
    private static final Logger LOG = LoggerFactory.getLogger(SimulatorComponent.class);
    static final List<String> SHIPPED = List.of("bac-ninh-2018", "mini");

    @ObjectClassDefinition(name = "motcua: simulator (mô phỏng)", description = "Replays of a period")
    public @interface Config {
        @AttributeDefinition(name = "Presets folder", description = "A province's own presets (JSON); "
                + "${karaf.etc} is Karaf's etc folder")
        String directory() default "${karaf.etc}/motcua-presets";

        @AttributeDefinition(name = "Parallel agencies", description = "Agencies replayed at the same time")
        int workers() default 2;
    }

    static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final DossierService dossiers;
    private final ProcedureCatalog catalog;
    private final WorkingCalendar calendar;
    private final ReportService reports;
    private final Path directory;
    private final int workers;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "motcua-simulator");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = Collections.synchronizedMap(new LinkedHashMap<>());

    /** A replay and where it is. */
    private record Job(String id, String preset, long seed, Replay replay, Simulation[] result) {
        Simulation snapshot() {
            Simulation finished = result[0];
            if (finished != null) {
                return finished;
            }
            Preset p = replay.preset();
            return new Simulation(id, preset, seed, "RUNNING", p.from(), p.to(), replay.total(), replay.done(),
                    replay.generated(), null, null);
        }
    }

    @Activate
    public SimulatorComponent(@Reference DossierService dossiers, @Reference ProcedureCatalog catalog,
                              @Reference WorkingCalendar calendar, @Reference ReportService reports, Config config) {
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.calendar = calendar;
        this.reports = reports;
        this.directory = Path.of(config.directory().replace("${karaf.etc}", System.getProperty("karaf.etc", "etc")));
        this.workers = Math.max(1, config.workers());
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }

    @Override
    public List<String> presets() {
        TreeSet<String> names = new TreeSet<>(SHIPPED);
        if (Files.isDirectory(directory)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.json")) {
                for (Path f : files) {
                    names.add(f.getFileName().toString().replaceFirst("\\.json$", ""));
                }
            } catch (IOException e) {
                LOG.warn("Cannot list {}: {}", directory, e.getMessage());
            }
        }
        return new ArrayList<>(names);
    }

    Preset load(String name) {
        if (name == null || !name.matches("[a-z0-9._-]{1,60}")) {
            throw new IllegalArgumentException("preset names are lower-case letters, digits, '.', '_' and '-'");
        }
        Path own = directory.resolve(name + ".json");
        try (InputStream in = Files.exists(own) ? Files.newInputStream(own)
                : SimulatorComponent.class.getResourceAsStream("presets/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("Không có bộ số liệu '" + name + "'; các bộ: " + presets() + ".");
            }
            Preset p = JSON.readValue(in, Preset.class);
            p.check();
            return p;
        } catch (IOException e) {
            String reason = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage()
                    : e.getMessage();
            throw new IllegalArgumentException("Bộ số liệu '" + name + "' không đọc được: " + reason, e);
        }
    }

    @Override
    public Simulation start(String preset, long seed, double scale) {
        if (scale <= 0 || scale > 10) {
            throw new IllegalArgumentException("scale phải lớn hơn 0 và không quá 10.");
        }
        Replay replay = new Replay(load(preset), seed, scale, dossiers, catalog, calendar);
        String id = UUID.randomUUID().toString().substring(0, 8);
        Job job = new Job(id, preset, seed, replay, new Simulation[1]);
        jobs.put(id, job);
        executor.submit(() -> run(job));
        return job.snapshot();
    }

    private void run(Job job) {
        Preset p = job.replay().preset();
        try {
            long started = System.nanoTime();
            job.replay().run(workers);
            LOG.info("Replay {} of {}: {} dossiers in {} s", job.id(), job.preset(), job.replay().total(),
                    (System.nanoTime() - started) / 1_000_000_000);
            job.result()[0] = new Simulation(job.id(), job.preset(), job.seed(), "DONE", p.from(), p.to(),
                    job.replay().total(), job.replay().done(), job.replay().generated(),
                    reports.report(new ReportQuery(p.from(), p.to(), ReportQuery.GroupBy.AGENCY, null, null, null, null),
                            Actor.SYSTEM), null);
        } catch (Exception | Error e) {
            LOG.error("Replay {} of {} failed", job.id(), job.preset(), e);
            job.result()[0] = new Simulation(job.id(), job.preset(), job.seed(), "FAILED", p.from(), p.to(),
                    job.replay().total(), job.replay().done(), job.replay().generated(), null, e.getMessage());
        }
    }

    @Override
    public Optional<Simulation> get(String id) {
        Job job = jobs.get(id);
        return job == null ? Optional.empty() : Optional.of(job.snapshot());
    }

    @Override
    public List<Simulation> list() {
        List<Simulation> all = new ArrayList<>();
        synchronized (jobs) {
            jobs.values().forEach(j -> all.add(0, j.snapshot()));
        }
        return all;
    }
}
