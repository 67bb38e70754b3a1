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
    void bindProcedure(Procedure procedure) {
        String code = procedure.descriptor().code();
        List<Procedure> claimants = byCode.computeIfAbsent(code, c -> new CopyOnWriteArrayList<>());
        claimants.add(procedure);
        if (claimants.size() > 1) {
            LOG.warn("Procedure {} is contributed twice ({} and {}); the first one is used", code,
                    claimants.get(0).getClass().getName(), procedure.getClass().getName());
        } else {
            LOG.info("Procedure {} installed: {}", code, procedure.descriptor().name());
        }
    }

    void unbindProcedure(Procedure procedure) {
        String code = procedure.descriptor().code();
        byCode.computeIfPresent(code, (c, claimants) -> {
            claimants.remove(procedure);
            return claimants.isEmpty() ? null : claimants;
        });
        LOG.info("Procedure {} removed", code);
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
