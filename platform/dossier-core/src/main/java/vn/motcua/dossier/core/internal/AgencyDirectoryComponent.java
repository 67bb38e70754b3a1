package vn.motcua.dossier.core.internal;

import java.io.IOException;
import java.util.ArrayList;
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
 * administrator changes it.
 */
@Component(service = AgencyDirectory.class, configurationPid = AgencyDirectoryComponent.PID)
@Designate(ocd = AgencyDirectoryComponent.Config.class)
public class AgencyDirectoryComponent implements AgencyDirectory {

    static final String PID = "vn.motcua.agencies";
    private static final Logger LOG = LoggerFactory.getLogger(AgencyDirectoryComponent.class);

    @ObjectClassDefinition(name = "motcua: agencies (cơ quan)",
            description = "Where the province's agency tree is read from")
    public @interface Config {
        @AttributeDefinition(name = "Agencies file (tệp danh mục cơ quan)",
                description = "CSV, UTF-8: code,name,level,parent,validFrom,validTo. ${karaf.etc} is "
                        + "replaced by Karaf's etc folder. Edits apply without restart.")
        String file() default "${karaf.etc}/motcua-agencies.csv";

        @AttributeDefinition(name = "Place name (địa danh)",
                description = "Printed before the date on slips and results, e.g. 'Bắc Ninh'")
        String placeName() default "Bắc Ninh";
    }

    /** The agencies as read, with the lookups the core needs, built once per reading. */
    private record Directory(List<Agency> agencies, Map<String, Agency> byCode, Map<String, Set<String>> scopes) {

        static Directory of(List<Agency> read) {
            List<Agency> agencies = new ArrayList<>(read);
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
            return new Directory(List.copyOf(agencies), byCode, Map.copyOf(scopes));
        }
    }

    private volatile WatchedFile<Directory> file;
    private volatile String placeName;

    @Activate
    public AgencyDirectoryComponent(Config config) throws IOException {
        modified(config);
        LOG.info("{} agencies read from {}", file.current().agencies().size(), file.file());
    }

    @Modified
    void modified(Config config) throws IOException {
        placeName = config.placeName();
        file = new WatchedFile<>(WatchedFile.resolve(config.file()), r -> Directory.of(AgencyFile.parse(r)), null);
    }

    @Override
    public String placeName() {
        return placeName;
    }

    private Directory current() {
        return file.current();
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
