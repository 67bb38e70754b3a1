package vn.motcua.dossier.core.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
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
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import vn.motcua.dossier.Actor;
import vn.motcua.dossier.ForbiddenException;
import vn.motcua.dossier.InvalidTransitionException;
import vn.motcua.dossier.NotFoundException;
import vn.motcua.dossier.ProcedureCatalog;
import vn.motcua.dossier.ProcedureDefinition;
import vn.motcua.dossier.ProcedureDefinitions;
import vn.motcua.dossier.Role;
import vn.motcua.dossier.ValidationException;
import vn.motcua.dossier.core.internal.persistence.DossierRepository;
import vn.motcua.procedure.Problem;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureDescriptor;
import vn.motcua.procedure.ProcedureDescriptors;

/**
 * Procedures defined as data, from two sources: files in the ProcedureDescriptors format under
 * {@code etc/motcua-procedures/} (a feature can ship them), plus {@code <code>.feeAmount}; and the
 * administrator API, stored in the database. Each becomes a {@link Procedure} service like those of
 * the field bundles. Both sources are read again every few seconds, so every node of a cluster
 * offers the same procedures.
 * <p>
 * A code may have several versions, each from its {@code effectiveFrom} (a new time limit, fee or
 * form announced ahead): files of one code, or the API's definitions of it. The version served is
 * the latest in force today (or, before the first, the first), so the next one takes over within
 * seconds of midnight on its day. The API keeps, for a code, the versions before the one it is given
 * and drops those from its day on; a version no longer in force is dropped then too.
 */
@Component(service = ProcedureDefinitions.class, immediate = true, configurationPid = DataProcedures.PID)
@Designate(ocd = DataProcedures.Config.class)
public class DataProcedures implements ProcedureDefinitions {

    static final String PID = "vn.motcua.procedures.data";
    private static final Logger LOG = LoggerFactory.getLogger(DataProcedures.class);
    static final String ADMIN = "admin";

    @ObjectClassDefinition(name = "motcua: procedures defined as data",
            description = "Procedures a province publishes as data rather than as a field bundle")
    public @interface Config {
        @AttributeDefinition(name = "Folder", description = "UTF-8 .properties files in the ProcedureDescriptors "
                + "format (plus <code>.feeAmount); ${karaf.etc} is Karaf's etc folder")
        String directory() default "${karaf.etc}/motcua-procedures";

        @AttributeDefinition(name = "Re-read every (seconds)")
        int intervalSeconds() default 10;
    }

    static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** How a definition is stored in the database. */
    record Stored(ProcedureDescriptor descriptor, long feeAmount) {
    }

    /** A code's versions as stored (one row per code; before versions a row held a single {@link Stored}). */
    record StoredVersions(List<Stored> versions) {
    }

    /** The stored definition column's size: a code's versions must fit in it. */
    static final int STORED_MAX = 32000;

    private static final Comparator<DataProcedure> BY_EFFECTIVE_FROM =
            Comparator.comparing(p -> p.descriptor().effectiveFrom());

    private final BundleContext context;
    private final DossierRepository repository;
    private final ProcedureCatalog catalog;
    private final Path directory;
    private final Map<String, DataProcedure> current = new ConcurrentHashMap<>();
    /** Every version of every code, as last read (for the administrator's list). */
    private volatile List<DataProcedure> versions = List.of();
    /** The last problem logged per file, so that a file's problem is logged once, not every round. */
    private final Map<Path, String> reported = new HashMap<>();
    private final Map<String, ServiceRegistration<Procedure>> registrations = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler;

    @Activate
    public DataProcedures(BundleContext context, @Reference DossierRepository repository,
                          @Reference ProcedureCatalog catalog, Config config) {
        this.context = context;
        this.repository = repository;
        this.catalog = catalog;
        this.directory = WatchedFile.resolve(config.directory());
        // a database that is not there yet must not keep this component (and the REST API that needs it)
        // down: the next round reads it again
        refreshSafely();
        scheduler = BackgroundJobs.single("motcua-data-procedures");
        scheduler.scheduleWithFixedDelay(this::refreshSafely, config.intervalSeconds(), config.intervalSeconds(),
                TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        scheduler.shutdownNow();
        registrations.values().forEach(r -> {
            try {
                r.unregister();
            } catch (IllegalStateException e) {
                // already gone with the bundle
            }
        });
        registrations.clear();
    }

    private void refreshSafely() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warn("Reading procedures defined as data failed, will retry: {}", e.toString());
        }
    }

    /** Reads both sources and registers, replaces or withdraws services accordingly. */
    synchronized void refresh() {
        Map<String, List<DataProcedure>> byCode = readFiles();
        for (Map.Entry<String, String> e : repository.procedureData().entrySet()) {
            try {
                List<DataProcedure> stored = new ArrayList<>();
                for (Stored s : readStored(e.getValue())) {
                    stored.add(new DataProcedure(s.descriptor(), s.feeAmount(), ADMIN));
                }
                List<DataProcedure> files = byCode.put(e.getKey(), stored);
                DataProcedure served = current.get(e.getKey());
                if (files != null && (served == null || !served.source().equals(ADMIN))) {
                    LOG.warn("Procedure {} is defined both in {} and through the API: the API's definition is "
                            + "used, the file's is not (DELETE /api/admin/procedures/{} to use the file)", e.getKey(),
                            files.get(0).source(), e.getKey());
                }
            } catch (IOException | RuntimeException ex) {
                LOG.error("Stored procedure {} cannot be read: {}", e.getKey(), ex.getMessage());
            }
        }
        LocalDate today = LocalDate.now(DossierServiceImpl.ZONE);
        Map<String, DataProcedure> read = new LinkedHashMap<>();
        List<DataProcedure> all = new ArrayList<>();
        byCode.forEach((code, list) -> {
            list.sort(BY_EFFECTIVE_FROM);
            all.addAll(list);
            read.put(code, inForce(list, today));
        });
        versions = List.copyOf(all);
        for (String code : new ArrayList<>(current.keySet())) {
            if (!read.containsKey(code)) {
                withdraw(code);
            }
        }
        read.forEach((code, p) -> {
            if (!p.sameAs(current.get(code))) {
                withdraw(code);
                register(p);
            }
        });
    }

    /** The version to serve on {@code day}: the latest in force by then, else the first to come. */
    static <P extends Procedure> P inForce(List<P> byEffectiveFrom, LocalDate day) {
        P chosen = byEffectiveFrom.get(0);
        for (P p : byEffectiveFrom) {
            if (!p.descriptor().effectiveFrom().isAfter(day)) {
                chosen = p;
            }
        }
        return chosen;
    }

    static List<Stored> readStored(String json) throws IOException {
        JsonNode tree = JSON.readTree(json);
        if (tree.has("versions")) {
            return List.copyOf(JSON.treeToValue(tree, StoredVersions.class).versions());
        }
        return List.of(JSON.treeToValue(tree, Stored.class));
    }

    /**
     * The versions of a code once {@code added} is defined: those from before its day, then it; of those
     * in force by {@code today}, only the latest is kept (the earlier ones no longer serve).
     */
    static List<Stored> withVersion(List<Stored> existing, Stored added, LocalDate today) {
        LocalDate from = added.descriptor().effectiveFrom();
        List<Stored> kept = new ArrayList<>();
        for (Stored s : existing) {
            if (s.descriptor().effectiveFrom().isBefore(from)) {
                kept.add(s);
            }
        }
        kept.add(added);
        kept.sort(Comparator.comparing(s -> s.descriptor().effectiveFrom()));
        int lastInForce = -1;
        for (int i = 0; i < kept.size(); i++) {
            if (!kept.get(i).descriptor().effectiveFrom().isAfter(today)) {
                lastInForce = i;
            }
        }
        return lastInForce > 0 ? List.copyOf(kept.subList(lastInForce, kept.size())) : List.copyOf(kept);
    }

    /** The files' procedures by code, each code's versions; a file that cannot be read is skipped, and named. */
    private Map<String, List<DataProcedure>> readFiles() {
        Map<String, List<DataProcedure>> byCode = new TreeMap<>();
        if (!Files.isDirectory(directory)) {
            return byCode;
        }
        List<Path> paths = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.properties")) {
            files.forEach(paths::add);
        } catch (IOException e) {
            LOG.error("Cannot list {}: {}", directory, e.getMessage());
            return byCode;
        }
        paths.sort(Comparator.naturalOrder());
        Map<Path, String> problems = new HashMap<>();
        for (Path file : paths) {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (text.startsWith("\uFEFF")) {
                    text = text.substring(1); // a byte-order mark, as Windows Notepad writes
                }
                Properties p = new Properties();
                p.load(new StringReader(text));
                // the whole file or nothing of it
                List<DataProcedure> inFile = new ArrayList<>();
                for (ProcedureDescriptor d : ProcedureDescriptors.parse(new StringReader(text), Set.of("feeAmount")).values()) {
                    long fee = Long.parseLong(p.getProperty(d.code() + ".feeAmount", "0").strip());
                    inFile.add(new DataProcedure(d, fee, "file:" + file.getFileName()));
                }
                for (DataProcedure version : inFile) {
                    ProcedureDescriptor d = version.descriptor();
                    List<DataProcedure> list = byCode.computeIfAbsent(d.code(), k -> new ArrayList<>());
                    DataProcedure same = list.stream().filter(v -> v.descriptor().effectiveFrom()
                            .equals(d.effectiveFrom())).findFirst().orElse(null);
                    if (same != null) {
                        problems.put(file, "procedure " + d.code() + " from " + d.effectiveFrom() + " is defined in "
                                + same.source().substring(5) + " too; this file's definition is used (files are read "
                                + "in name order); give one of them another effectiveFrom or remove it");
                        list.remove(same);
                    }
                    list.add(version);
                }
            } catch (CharacterCodingException e) {
                problems.put(file, "not UTF-8 text (save it as UTF-8); the file is not read");
            } catch (IOException e) {
                problems.put(file, "cannot be read: " + e.getMessage());
            } catch (IllegalArgumentException e) {
                problems.put(file, e.getMessage() + "; the file is not read");
            }
        }
        problems.forEach((file, problem) -> {
            if (!problem.equals(reported.get(file))) {
                LOG.error("{}: {}", file, problem);
            }
        });
        reported.clear();
        reported.putAll(problems);
        return byCode;
    }

    private void register(DataProcedure p) {
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(Procedure.PROCEDURE_CODE, p.descriptor().code());
        props.put(Procedure.PROCEDURE_FIELD, p.descriptor().field().code());
        props.put("motcua.procedure.source", p.source());
        // a field bundle of the same code has rules in code: it serves, the data definition waits
        // (dossier-core is installed before every field bundle, so without this it would win)
        props.put("service.ranking", -1);
        registrations.put(p.descriptor().code(), context.registerService(Procedure.class, p, props));
        current.put(p.descriptor().code(), p);
    }

    private void withdraw(String code) {
        ServiceRegistration<Procedure> r = registrations.remove(code);
        current.remove(code);
        if (r != null) {
            try {
                r.unregister();
            } catch (IllegalStateException e) {
                // already gone
            }
        }
    }

    /** Every version of every code, by code and then by effectiveFrom. */
    @Override
    public List<ProcedureDefinition> list() {
        List<ProcedureDefinition> all = new ArrayList<>();
        for (DataProcedure p : versions) {
            all.add(new ProcedureDefinition(p.descriptor(), p.feeAmount(), p.source()));
        }
        return all;
    }

    @Override
    public ProcedureDefinition define(ProcedureDefinition definition, Actor actor) {
        requireProvinceAdmin(actor);
        String code = definition.descriptor().code();
        Procedure existing = catalog.find(code).orElse(null);
        if (existing != null && !(existing instanceof DataProcedure)) {
            throw new InvalidTransitionException("procedure.contributed", CoreMessages.text("procedure.contributed",
                    code), null);
        }
        LocalDateTime now = LocalDateTime.now(DossierServiceImpl.ZONE);
        try {
            String stored = repository.procedureData().get(code);
            List<Stored> all = withVersion(stored == null ? List.of() : readStored(stored),
                    new Stored(definition.descriptor(), definition.feeAmount()), now.toLocalDate());
            String json = JSON.writeValueAsString(new StoredVersions(all));
            if (json.length() > STORED_MAX) {
                throw new ValidationException(List.of(new Problem("procedure.tooLarge", "definition",
                        CoreMessages.text("procedure.tooLarge", code, all.size()))));
            }
            repository.saveProcedureData(code, json, now, actor.userName());
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode or read procedure " + code, e);
        }
        refresh();
        return new ProcedureDefinition(definition.descriptor(), definition.feeAmount(), ADMIN);
    }

    @Override
    public void remove(String code, Actor actor) {
        requireProvinceAdmin(actor);
        if (!repository.deleteProcedureData(code)) {
            throw new NotFoundException("procedure.not-found", CoreMessages.text("procedure.notDefined", code));
        }
        refresh();
    }

    private static void requireProvinceAdmin(Actor actor) {
        if (!actor.hasRole(Role.PROVINCE_ADMIN) && !actor.hasRole(Role.SYSTEM)) {
            throw new ForbiddenException(CoreMessages.text("access.provinceAdmin"));
        }
    }
}
