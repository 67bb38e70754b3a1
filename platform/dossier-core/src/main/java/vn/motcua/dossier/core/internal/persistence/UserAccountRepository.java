package vn.motcua.dossier.core.internal.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
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

    private static final String SELECT_ACCOUNT = "SELECT USER_NAME, DISPLAY_NAME, PASSWORD_HASH, ROLES, "
            + "AGENCY_CODE, ENABLED, FAILED_ATTEMPTS, LOCKED_UNTIL, CREATED_AT FROM USER_ACCOUNT WHERE USER_NAME = ?";

    /**
     * An account as stored, to read: one read by key over JDBC. A transition that names the official
     * it hands the dossier to looks the account up inside its own work, and an entity manager with
     * its transaction cost more than the read (1.5 % of the runtime's CPU in a lifecycle profile).
     * Changes go through {@link #update}.
     */
    public Optional<UserAccountEntity> find(String userName) {
        return Optional.ofNullable(db.jdbc(c -> {
            try (PreparedStatement p = c.prepareStatement(SELECT_ACCOUNT)) {
                p.setString(1, userName);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        return null;
                    }
                    UserAccountEntity u = new UserAccountEntity(r.getString(1), r.getString(2), r.getString(3),
                            r.getString(4), r.getString(5), r.getTimestamp(9).toLocalDateTime());
                    u.setEnabled(r.getBoolean(6));
                    u.setFailedAttempts(r.getInt(7));
                    Timestamp lockedUntil = r.getTimestamp(8);
                    u.setLockedUntil(lockedUntil == null ? null : lockedUntil.toLocalDateTime());
                    return u;
                }
            }
        }));
    }

    public List<UserAccountEntity> list(String agencyCode) {
        return db.txExpr(em -> agencyCode == null
                ? em.createQuery("SELECT u FROM UserAccountEntity u ORDER BY u.userName", UserAccountEntity.class)
                        .getResultList()
                : em.createQuery("SELECT u FROM UserAccountEntity u WHERE u.agencyCode = :a ORDER BY u.userName",
                        UserAccountEntity.class).setParameter("a", agencyCode).getResultList());
    }

    private static final String INSERT_ACCOUNT = "INSERT INTO USER_ACCOUNT (USER_NAME, DISPLAY_NAME, PASSWORD_HASH, "
            + "ROLES, AGENCY_CODE, ENABLED, FAILED_ATTEMPTS, LOCKED_UNTIL, CREATED_AT, VERSION) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";

    /**
     * Stores a new account in its own transaction, by plain JDBC: of runtimes creating the same
     * account at once (the demo accounts of nodes starting together), the primary key lets one
     * insert, and the others are told the name is taken, without the entity manager logging the
     * expected duplicate key as a warning with its stack trace.
     *
     * @return false when the name is taken (also by another runtime creating it at the same moment)
     */
    public boolean insert(UserAccountEntity account) {
        db.requireNoJdbcTransaction("creating an account");
        try {
            return db.jdbc(c -> {
                try (PreparedStatement p = c.prepareStatement(INSERT_ACCOUNT)) {
                    p.setString(1, account.getUserName());
                    p.setString(2, account.getDisplayName());
                    p.setString(3, account.getPasswordHash());
                    p.setString(4, account.getRoles());
                    p.setString(5, account.getAgencyCode());
                    p.setBoolean(6, account.isEnabled());
                    p.setInt(7, account.getFailedAttempts());
                    p.setTimestamp(8, account.getLockedUntil() == null ? null
                            : Timestamp.valueOf(account.getLockedUntil()));
                    p.setTimestamp(9, Timestamp.valueOf(account.getCreatedAt()));
                    return p.executeUpdate() == 1;
                }
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
