package vn.motcua.dossier;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The officials' accounts, with salted password hashes, stored with the dossiers so that every
 * node of a cluster sees the same accounts. Repeated failed sign-ins lock an account for a while.
 * The JAAS realm {@code motcua} authenticates against it.
 */
@ProviderType
public interface UserDirectory {

    /** The JAAS realm name under which the directory is published. */
    String REALM = "motcua";

    Optional<UserAccount> find(String userName);

    /** Accounts of one agency, or all when {@code agencyCode} is null, ordered by user name. */
    List<UserAccount> list(String agencyCode);

    /**
     * Checks a password.
     *
     * @throws AuthenticationException on a wrong name or password, a disabled or a locked account;
     *     the message does not tell which
     */
    UserAccount authenticate(String userName, char[] password);

    /**
     * What a successful sign-in of this user rests on, as an opaque digest: the stored password
     * hash, whether the account is enabled or locked, its roles, agency and display name. It changes whenever one
     * of them changes, so a caller that has just verified a password with {@link #authenticate} may
     * keep trusting the same password, without hashing it again, for as long as the stamp stays the
     * same. Empty when there is no such user or the account cannot sign in now (disabled, locked).
     */
    Optional<String> credentialStamp(String userName);

    /**
     * Creates an account.
     *
     * @throws ValidationException when the name is taken or malformed, the agency unknown, the
     *     password too weak
     */
    UserAccount create(UserAccount account, char[] password);

    /** Creates an account with a password hash made elsewhere (e.g. shipped demo accounts). */
    UserAccount createWithHash(UserAccount account, String passwordHash);

    void changePassword(String userName, char[] newPassword);

    void setEnabled(String userName, boolean enabled);

    /**
     * Replaces an account's roles.
     *
     * @throws ValidationException when the set is empty or holds a role that is not an official's
     * @throws NotFoundException when there is no such account
     */
    void setRoles(String userName, java.util.Set<Role> roles);
}
