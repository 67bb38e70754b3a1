package vn.motcua.dossier.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.dossier.ProcedureCatalog;
import vn.motcua.procedure.Procedure;

/**
 * The procedures installed right now: every {@link Procedure} service of every field bundle,
 * tracked as they come and go ({@code feature:install} / {@code feature:uninstall}).
 */
@Component(service = ProcedureCatalog.class)
public class ProcedureRegistry implements ProcedureCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(ProcedureRegistry.class);

    /** By national code; the first registered wins while two bundles claim the same code. */
    private final Map<String, List<Procedure>> byCode = new ConcurrentSkipListMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindProcedure(Procedure procedure, Map<String, Object> properties) {
        vn.motcua.procedure.ProcedureDescriptor descriptor;
        try {
            descriptor = procedure.descriptor();
        } catch (RuntimeException e) {
            LOG.error("A procedure from {} is not used: its descriptor() threw", origin(procedure), e);
            return;
        }
        if (descriptor == null) {
            LOG.error("A procedure from {} is not used: its descriptor() is null (a code missing from its "
                    + "procedures.properties, or a key misspelt there?)", origin(procedure));
            return;
        }
        String code = descriptor.code();
        Object declared = properties.get(Procedure.PROCEDURE_CODE);
        if (declared != null && !code.equals(declared.toString())) {
            LOG.warn("A procedure from {} is registered as {} ({}) but its descriptor says {}: it is served as {}",
                    origin(procedure), declared, Procedure.PROCEDURE_CODE, code, code);
        }
        List<Procedure> claimants = byCode.computeIfAbsent(code, c -> new CopyOnWriteArrayList<>());
        claimants.add(procedure);
        if (claimants.size() > 1) {
            LOG.error("Procedure {} is contributed twice: by {} (in use) and by {} (ignored while the other is "
                    + "installed). One code, one bundle: to replace a procedure, uninstall the feature that "
                    + "contributes it first", code, origin(claimants.get(0)), origin(procedure));
        } else {
            LOG.info("Procedure {} installed: {} ({})", code, descriptor.name(), origin(procedure));
        }
    }

    void unbindProcedure(Procedure procedure) {
        String code = null;
        for (Map.Entry<String, List<Procedure>> e : byCode.entrySet()) {
            if (e.getValue().contains(procedure)) {
                code = e.getKey();
            }
        }
        if (code == null) {
            return; // never used (its descriptor was missing)
        }
        List<Procedure> claimants = byCode.get(code);
        boolean inUse = claimants != null && !claimants.isEmpty() && claimants.get(0) == procedure;
        byCode.computeIfPresent(code, (c, list) -> {
            list.remove(procedure);
            return list.isEmpty() ? null : list;
        });
        Procedure next = find(code).orElse(null);
        if (next == null) {
            LOG.info("Procedure {} removed ({})", code, origin(procedure));
        } else if (inUse) {
            LOG.warn("Procedure {} from {} removed; now served by {}", code, origin(procedure), origin(next));
        } else {
            LOG.info("The second copy of procedure {} ({}) removed; still served by {}", code, origin(procedure),
                    origin(next));
        }
    }

    /** Where a procedure comes from, for the log: its class and bundle. */
    static String origin(Procedure procedure) {
        org.osgi.framework.Bundle b = org.osgi.framework.FrameworkUtil.getBundle(procedure.getClass());
        return procedure.getClass().getName() + (b == null ? "" : ", bundle " + b.getSymbolicName() + " "
                + b.getVersion() + " [" + b.getBundleId() + "]");
    }

    @Override
    public List<Procedure> list(String fieldCode) {
        List<Procedure> result = new ArrayList<>();
        for (List<Procedure> claimants : byCode.values()) {
            if (claimants.isEmpty()) {
                continue;
            }
            Procedure p = claimants.get(0);
            if (fieldCode == null || p.descriptor().field().code().equals(fieldCode)) {
                result.add(p);
            }
        }
        return result;
    }

    @Override
    public Optional<Procedure> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        List<Procedure> claimants = byCode.get(code);
        return claimants == null || claimants.isEmpty() ? Optional.empty() : Optional.of(claimants.get(0));
    }
}
