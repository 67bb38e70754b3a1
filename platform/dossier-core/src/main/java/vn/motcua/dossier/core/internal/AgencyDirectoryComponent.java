package vn.motcua.dossier.core.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.dossier.Agency;
import vn.motcua.dossier.AgencyDirectory;

/**
 * The province's agency tree, read from a CSV file under {@code etc/} and read again when the
 * administrator changes it (checked at most every few seconds, on use).
 */
@Component(service = AgencyDirectory.class, configurationPid = AgencyDirectoryComponent.PID)
@Designate(ocd = AgencyDirectoryComponent.Config.class)
public class AgencyDirectoryComponent implements AgencyDirectory {

    static final String PID = "vn.motcua.agencies";
    private static final Logger LOG = LoggerFactory.getLogger(AgencyDirectoryComponent.class);
    private static final long CHECK_EVERY_MILLIS = 5_000;

    @ObjectClassDefinition(name = "motcua: agencies (cơ quan)",
            description = "Where the province's agency tree is read from")
    public @interface Config {
        @AttributeDefinition(name = "Agencies file (tệp danh mục cơ quan)",
                description = "CSV, UTF-8: code,name,level,parent,validFrom,validTo. ${karaf.etc} is "
                        + "replaced by Karaf's etc folder. Edits apply without restart.")
        String file() default "${karaf.etc}/motcua-agencies.csv";
    }

    private record Snapshot(Path file, long modified, List<Agency> agencies, Map<String, Agency> byCode,
                            Map<String, Set<String>> scopes) {
    }

    private volatile Snapshot snapshot;
    private volatile long nextCheck;

    @Activate
    public AgencyDirectoryComponent(Config config) throws IOException {
        snapshot = load(resolve(config.file()));
        LOG.info("{} agencies read from {}", snapshot.agencies().size(), snapshot.file());
    }

    @Modified
    void modified(Config config) throws IOException {
        snapshot = load(resolve(config.file()));
    }

    static Path resolve(String file) {
        String etc = System.getProperty("karaf.etc", "etc");
        return Path.of(file.replace("${karaf.etc}", etc));
    }

    private static Snapshot load(Path file) throws IOException {
        List<Agency> agencies;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            agencies = AgencyFile.parse(r);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        agencies.sort(Comparator.comparing((Agency a) -> a.level().ordinal()).thenComparing(Agency::code));
        Map<String, Agency> byCode = new LinkedHashMap<>();
        for (Agency a : agencies) {
            byCode.put(a.code(), a);
        }
        // each agency's scope: itself and every agency whose chain of parents reaches it
        Map<String, Set<String>> scopes = new HashMap<>();
        for (Agency a : agencies) {
            Set<String> visited = new HashSet<>();
            for (Agency up = a; up != null && visited.add(up.code());
                 up = up.parentCode() == null ? null : byCode.get(up.parentCode())) {
                scopes.computeIfAbsent(up.code(), c -> new HashSet<>()).add(a.code());
            }
        }
        scopes.replaceAll((code, set) -> Set.copyOf(set));
        return new Snapshot(file, Files.getLastModifiedTime(file).toMillis(), List.copyOf(agencies), byCode,
                Map.copyOf(scopes));
    }

    private Snapshot current() {
        long now = System.currentTimeMillis();
        if (now >= nextCheck) {
            nextCheck = now + CHECK_EVERY_MILLIS;
            Snapshot s = snapshot;
            try {
                long modified = Files.getLastModifiedTime(s.file()).toMillis();
                if (modified != s.modified()) {
                    try {
                        snapshot = load(s.file());
                        LOG.info("{} agencies read again from {}", snapshot.agencies().size(), s.file());
                    } catch (IOException e) {
                        LOG.error("Cannot read the changed agencies file, keeping the previous list: {}",
                                e.getMessage());
                        snapshot = new Snapshot(s.file(), modified, s.agencies(), s.byCode(), s.scopes());
                    }
                }
            } catch (IOException e) {
                LOG.error("Cannot check the agencies file {}: {}", s.file(), e.getMessage());
            }
        }
        return snapshot;
    }

    @Override
    public List<Agency> list() {
        return current().agencies();
    }

    @Override
    public Optional<Agency> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(current().byCode().get(code));
    }

    @Override
    public Set<String> scope(String code) {
        return code == null ? Set.of() : current().scopes().getOrDefault(code, Set.of());
    }
}
