package vn.motcua.dossier.core.internal.persistence;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Database access for officials' accounts. */
@Component(service = UserAccountRepository.class)
public class UserAccountRepository {

    private final Database db;

    @Activate
    public UserAccountRepository(@Reference Database db) {
        this.db = db;
    }

    public Optional<UserAccountEntity> find(String userName) {
        return Optional.ofNullable(db.txExpr(em -> em.find(UserAccountEntity.class, userName)));
    }

    public List<UserAccountEntity> list(String agencyCode) {
        return db.txExpr(em -> agencyCode == null
                ? em.createQuery("SELECT u FROM UserAccountEntity u ORDER BY u.userName", UserAccountEntity.class)
                        .getResultList()
                : em.createQuery("SELECT u FROM UserAccountEntity u WHERE u.agencyCode = :a ORDER BY u.userName",
                        UserAccountEntity.class).setParameter("a", agencyCode).getResultList());
    }

    /** @return false when the name is taken (also by another runtime creating it at the same moment) */
    public boolean insert(UserAccountEntity account) {
        try {
            return db.txExpr(em -> {
                if (em.find(UserAccountEntity.class, account.getUserName()) != null) {
                    return false;
                }
                em.persist(account);
                return true;
            });
        } catch (RuntimeException e) {
            if (JobLeases.duplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    /** Changes an account inside a transaction and returns what the change returns. */
    public <R> R update(String userName, Function<UserAccountEntity, R> change) {
        return db.txExpr(em -> {
            UserAccountEntity u = em.find(UserAccountEntity.class, userName);
            return change.apply(u);
        });
    }
}
