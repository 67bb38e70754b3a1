package vn.motcua.dossier.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

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

    /**
     * By national code, the claimants in the order they are preferred while two bundles claim the
     * same code: the higher {@code service.ranking}, then the bundle installed first (its id stays
     * the same across restarts), so the same one serves after every start, whichever started first.
     */
    private final Map<String, List<Claimant>> byCode = new ConcurrentSkipListMap<>();

    /** A procedure service with what orders it among others of the same code. */
    record Claimant(Procedure procedure, int ranking, long bundleId, long serviceId) {
        static final Comparator<Claimant> PREFERRED = Comparator.comparingInt(Claimant::ranking).reversed()
                .thenComparingLong(Claimant::bundleId).thenComparingLong(Claimant::serviceId);
    }

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
        Claimant claimant = new Claimant(procedure, number(properties.get("service.ranking"), 0),
                number(properties.get("service.bundleid"), bundleId(procedure)),
                number(properties.get("service.id"), Long.MAX_VALUE));
        List<Claimant> claimants;
        synchronized (byCode) {
            List<Claimant> next = new ArrayList<>(byCode.getOrDefault(code, List.of()));
            next.add(claimant);
            next.sort(Claimant.PREFERRED);
            claimants = List.copyOf(next);
            byCode.put(code, claimants);
        }
        if (claimants.size() > 1) {
            LOG.error("Procedure {} is contributed {} times: {} is in use, {} ignored while it is installed "
                    + "(the higher service.ranking, then the bundle installed first, is used). One code, one "
                    + "bundle: to replace a procedure, uninstall the feature that contributes it first", code,
                    claimants.size(), origin(claimants.get(0).procedure()), claimants.subList(1, claimants.size())
                            .stream().map(c -> origin(c.procedure())).toList());
        } else {
            LOG.info("Procedure {} installed: {} ({})", code, descriptor.name(), origin(procedure));
        }
    }

    void unbindProcedure(Procedure procedure) {
        String code = null;
        boolean inUse = false;
        synchronized (byCode) {
            for (Map.Entry<String, List<Claimant>> e : byCode.entrySet()) {
                List<Claimant> claimants = e.getValue();
                for (int i = 0; i < claimants.size(); i++) {
                    if (claimants.get(i).procedure() == procedure) {
                        code = e.getKey();
                        inUse = i == 0;
                        List<Claimant> rest = new ArrayList<>(claimants);
                        rest.remove(i);
                        if (rest.isEmpty()) {
                            byCode.remove(code);
                        } else {
                            byCode.put(code, List.copyOf(rest));
                        }
                        break;
                    }
                }
                if (code != null) {
                    break;
                }
            }
        }
        if (code == null) {
            return; // never used (its descriptor was missing)
        }
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

    private static int number(Object value, int otherwise) {
        return value instanceof Number n ? n.intValue() : otherwise;
    }

    private static long number(Object value, long otherwise) {
        return value instanceof Number n ? n.longValue() : otherwise;
    }

    private static long bundleId(Procedure procedure) {
        org.osgi.framework.Bundle b = org.osgi.framework.FrameworkUtil.getBundle(procedure.getClass());
        return b == null ? Long.MAX_VALUE : b.getBundleId();
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
        for (List<Claimant> claimants : byCode.values()) {
            if (claimants.isEmpty()) {
                continue;
            }
            Procedure p = claimants.get(0).procedure();
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
        List<Claimant> claimants = byCode.get(code);
        return claimants == null || claimants.isEmpty() ? Optional.empty() : Optional.of(claimants.get(0).procedure());
    }
}
