package vn.motcua.dossier.core.internal.persistence;

import java.time.LocalDateTime;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Database access for browser sessions. */
@Component(service = SessionRepository.class)
public class SessionRepository {

    private final Database db;

    /** Through {@link Database}: the schema migrated first, a database that is down a 503. */
    @Activate
    public SessionRepository(@Reference Database db) {
        this.db = db;
    }

    public void insert(UserSessionEntity session) {
        db.tx(em -> em.persist(session));
    }

    public Optional<UserSessionEntity> find(String tokenHash) {
        return Optional.ofNullable(db.txExpr(
                em -> em.find(UserSessionEntity.class, tokenHash)));
    }

    /** Records activity: the session's last use. */
    public void touch(String tokenHash, LocalDateTime at) {
        db.tx(em -> em.createQuery(
                "UPDATE UserSessionEntity s SET s.lastSeenAt = :at WHERE s.tokenHash = :h")
                .setParameter("at", at).setParameter("h", tokenHash).executeUpdate());
    }

    public void delete(String tokenHash) {
        db.tx(em -> em.createQuery(
                "DELETE FROM UserSessionEntity s WHERE s.tokenHash = :h").setParameter("h", tokenHash)
                .executeUpdate());
    }

    public int deleteAll(String userName) {
        return db.txExpr(em -> em.createQuery(
                "DELETE FROM UserSessionEntity s WHERE s.userName = :u").setParameter("u", userName)
                .executeUpdate());
    }

    /** Removes sessions past their absolute end or idle since before {@code idleSince}. */
    public int deleteExpired(LocalDateTime now, LocalDateTime idleSince) {
        return db.txExpr(em -> em.createQuery(
                "DELETE FROM UserSessionEntity s WHERE s.expiresAt < :now OR s.lastSeenAt < :idle")
                .setParameter("now", now).setParameter("idle", idleSince).executeUpdate());
    }
}
