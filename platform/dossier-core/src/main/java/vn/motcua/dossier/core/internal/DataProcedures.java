package vn.motcua.dossier.core.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
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
import vn.motcua.dossier.core.internal.persistence.DossierRepository;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureDescriptor;
import vn.motcua.procedure.ProcedureDescriptors;

/**
 * Procedures defined as data, from two sources: files in the ProcedureDescriptors format under
 * {@code etc/motcua-procedures/} (a feature can ship them), plus {@code <code>.feeAmount}; and the
 * administrator API, stored in the database. Each becomes a {@link Procedure} service like those of
 * the field bundles. Both sources are read again every few seconds, so every node of a cluster
 * offers the same procedures.
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

    private final BundleContext context;
    private final DossierRepository repository;
    private final ProcedureCatalog catalog;
    private final Path directory;
    private final Map<String, DataProcedure> current = new ConcurrentHashMap<>();
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
        Map<String, DataProcedure> read = new LinkedHashMap<>();
        readFiles(read);
        Map<String, String> shadowed = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : repository.procedureData().entrySet()) {
            try {
                Stored s = JSON.readValue(e.getValue(), Stored.class);
                DataProcedure file = read.put(e.getKey(), new DataProcedure(s.descriptor(), s.feeAmount(), ADMIN));
                if (file != null) {
                    shadowed.put(e.getKey(), file.source());
                }
            } catch (IOException | RuntimeException ex) {
                LOG.error("Stored procedure {} cannot be read: {}", e.getKey(), ex.getMessage());
            }
        }
        for (String code : new ArrayList<>(current.keySet())) {
            if (!read.containsKey(code)) {
                withdraw(code);
            }
        }
        read.forEach((code, p) -> {
            if (!p.sameAs(current.get(code))) {
                if (shadowed.containsKey(code)) {
                    LOG.warn("Procedure {} is defined both in {} and through the API: the API's definition is "
                            + "used, the file's is not (DELETE /api/admin/procedures/{} to use the file)", code,
                            shadowed.get(code), code);
                }
                withdraw(code);
                register(p);
            }
        });
    }

    private void readFiles(Map<String, DataProcedure> into) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.properties")) {
            for (Path file : files) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                try {
                    Properties p = new Properties();
                    p.load(new StringReader(text));
                    for (ProcedureDescriptor d : ProcedureDescriptors.parse(new StringReader(text), Set.of("feeAmount")).values()) {
                        long fee = Long.parseLong(p.getProperty(d.code() + ".feeAmount", "0").strip());
                        into.put(d.code(), new DataProcedure(d, fee, "file:" + file.getFileName()));
                    }
                } catch (IllegalArgumentException e) {
                    LOG.error("{}: {}", file, e.getMessage());
                }
            }
        } catch (IOException e) {
            LOG.error("Cannot read {}: {}", directory, e.getMessage());
        }
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

    @Override
    public List<ProcedureDefinition> list() {
        List<ProcedureDefinition> all = new ArrayList<>();
        for (DataProcedure p : current.values()) {
            all.add(new ProcedureDefinition(p.descriptor(), p.feeAmount(), p.source()));
        }
        all.sort((a, b) -> a.descriptor().code().compareTo(b.descriptor().code()));
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
        try {
            repository.saveProcedureData(code, JSON.writeValueAsString(new Stored(definition.descriptor(),
                    definition.feeAmount())), LocalDateTime.now(DossierServiceImpl.ZONE), actor.userName());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot encode a procedure", e);
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
