package vn.motcua.dossier.core.internal.persistence;

import java.time.LocalDateTime;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Database access for browser sessions. */
@Component(service = SessionRepository.class)
public class SessionRepository {

    private final JpaTemplate jpa;

    /** Depends on {@link DossierRepository} so that the schema is migrated first. */
    @Activate
    public SessionRepository(@Reference(target = "(osgi.unit.name=motcua)") JpaTemplate jpa,
                             @Reference DossierRepository migrated) {
        this.jpa = jpa;
    }

    public void insert(UserSessionEntity session) {
        jpa.tx(TransactionType.Required, em -> em.persist(session));
    }

    public Optional<UserSessionEntity> find(String tokenHash) {
        return Optional.ofNullable(jpa.txExpr(TransactionType.Required,
                em -> em.find(UserSessionEntity.class, tokenHash)));
    }

    /** Records activity: the session's last use. */
    public void touch(String tokenHash, LocalDateTime at) {
        jpa.tx(TransactionType.Required, em -> em.createQuery(
                "UPDATE UserSessionEntity s SET s.lastSeenAt = :at WHERE s.tokenHash = :h")
                .setParameter("at", at).setParameter("h", tokenHash).executeUpdate());
    }

    public void delete(String tokenHash) {
        jpa.tx(TransactionType.Required, em -> em.createQuery(
                "DELETE FROM UserSessionEntity s WHERE s.tokenHash = :h").setParameter("h", tokenHash)
                .executeUpdate());
    }

    public int deleteAll(String userName) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "DELETE FROM UserSessionEntity s WHERE s.userName = :u").setParameter("u", userName)
                .executeUpdate());
    }

    /** Removes sessions past their absolute end or idle since before {@code idleSince}. */
    public int deleteExpired(LocalDateTime now, LocalDateTime idleSince) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "DELETE FROM UserSessionEntity s WHERE s.expiresAt < :now OR s.lastSeenAt < :idle")
                .setParameter("now", now).setParameter("idle", idleSince).executeUpdate());
    }
}
