package vn.motcua.dossier.core.internal.persistence;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Database access for dossiers' scanned files. */
@Component(service = FileRepository.class)
public class FileRepository {

    private final JpaTemplate jpa;

    /** Depends on {@link DossierRepository} so that the schema is migrated first. */
    @Activate
    public FileRepository(@Reference(target = "(osgi.unit.name=motcua)") JpaTemplate jpa,
                          @Reference DossierRepository migrated) {
        this.jpa = jpa;
    }

    /**
     * Records a file with its audit entry on the dossier in one transaction; {@code place} moves
     * the content into place inside that transaction, so that a failed move stores no record, and a
     * failed commit is reported to the caller (who then removes the placed file).
     *
     * @param audit makes the audit entry from the locked dossier (its next sequence number)
     */
    public DossierFileEntity attach(DossierFileEntity file, Function<DossierEntity, AuditEntryEntity> audit,
                                    Runnable place) {
        return jpa.txExpr(TransactionType.Required, em -> {
            DossierEntity d = em.find(DossierEntity.class, file.getDossierCode(), LockModeType.PESSIMISTIC_WRITE);
            if (d == null) {
                throw new vn.motcua.dossier.NotFoundException("dossier.not-found",
                        "Không có hồ sơ mã " + file.getDossierCode() + ".");
            }
            AuditEntryEntity entry = audit.apply(d);
            entry.setDossierCode(d.getCode());
            em.persist(file);
            em.persist(entry);
            em.flush();
            place.run();
            return file;
        });
    }

    public List<DossierFileEntity> list(String dossierCode) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT f FROM DossierFileEntity f WHERE f.dossierCode = :c ORDER BY f.id", DossierFileEntity.class)
                .setParameter("c", dossierCode).getResultList());
    }

    public Optional<DossierFileEntity> find(String dossierCode, long id) {
        return Optional.ofNullable(jpa.txExpr(TransactionType.Required, em -> em.find(DossierFileEntity.class, id)))
                .filter(f -> f.getDossierCode().equals(dossierCode));
    }
}
