package vn.motcua.dossier.core.internal.persistence;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javax.persistence.LockModeType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Database access for dossiers' scanned files. */
@Component(service = FileRepository.class)
public class FileRepository {

    private final Database db;

    /** Through {@link Database}: the schema migrated first, a database that is down a 503. */
    @Activate
    public FileRepository(@Reference Database db) {
        this.db = db;
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
        return db.txExpr(em -> {
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
        return db.txExpr(em -> em.createQuery(
                "SELECT f FROM DossierFileEntity f WHERE f.dossierCode = :c ORDER BY f.id", DossierFileEntity.class)
                .setParameter("c", dossierCode).getResultList());
    }

    public Optional<DossierFileEntity> find(String dossierCode, long id) {
        return Optional.ofNullable(db.txExpr(em -> em.find(DossierFileEntity.class, id)))
                .filter(f -> f.getDossierCode().equals(dossierCode));
    }
}
