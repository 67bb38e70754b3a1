package vn.motcua.dossier.core.internal.security;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

import vn.motcua.dossier.AuthenticationException;
import vn.motcua.dossier.Role;
import vn.motcua.dossier.ServiceUnavailableException;
import vn.motcua.dossier.UserAccount;
import vn.motcua.dossier.UserDirectory;

/**
 * Checks a name and password against the user directory; on success the subject gets a user
 * principal and one role principal per motcua role (lower case, e.g. {@code reception_clerk}),
 * plus Karaf's {@code ssh} role for every official and {@code admin} / {@code viewer} for administrators.
 */
public class MotcuaLoginModule implements LoginModule {

    private Subject subject;
    private CallbackHandler handler;
    private UserDirectory users;
    private UserAccount account;
    private final List<Principal> principals = new ArrayList<>();

    @Override
    public void initialize(Subject subject, CallbackHandler handler, Map<String, ?> sharedState,
                           Map<String, ?> options) {
        this.subject = subject;
        this.handler = handler;
        this.users = (UserDirectory) options.get(MotcuaRealm.DIRECTORY_OPTION);
    }

    @Override
    public boolean login() throws LoginException {
        if (users == null) {
            throw new LoginException("the motcua user directory is not available");
        }
        NameCallback name = new NameCallback("Tên đăng nhập: ");
        PasswordCallback password = new PasswordCallback("Mật khẩu: ", false);
        try {
            handler.handle(new Callback[] {name, password});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new LoginException("cannot read the credentials: " + e.getMessage());
        }
        char[] secret = password.getPassword();
        try {
            account = users.authenticate(name.getName(), secret == null ? new char[0] : secret);
        } catch (AuthenticationException e) {
            throw new FailedLoginException(e.getMessage());
        } catch (ServiceUnavailableException e) {
            // not a wrong password: the caller answers "try again later", not "sign in again"
            LoginException unavailable = new LoginException(e.getMessage());
            unavailable.initCause(e);
            throw unavailable;
        } finally {
            if (secret != null) {
                Arrays.fill(secret, '\0');
            }
            password.clearPassword();
        }
        return true;
    }

    @Override
    public boolean commit() {
        if (account == null) {
            return false;
        }
        principals.add(new UserPrincipal(account.userName()));
        for (Role r : account.roles()) {
            principals.add(new RolePrincipal(r.name().toLowerCase(java.util.Locale.ROOT)));
        }
        // Karaf's own roles: every official may sign in to the SSH shell, where the motcua:* commands
        // act in their name and the service layer decides what they may do; Karaf's administrative
        // commands (features, bundles, configuration) stay with the province administrator
        principals.add(new RolePrincipal("ssh"));
        if (account.roles().contains(Role.PROVINCE_ADMIN)) {
            principals.add(new RolePrincipal("admin"));
            // bundle:update, bundle:stop and bundle:uninstall need Karaf's manager role: without it the
            // administrator could install a province's procedure bundle but never update or remove it
            principals.add(new RolePrincipal("manager"));
        } else if (account.roles().contains(Role.AGENCY_ADMIN)) {
            principals.add(new RolePrincipal("viewer"));
        }
        subject.getPrincipals().addAll(principals);
        return true;
    }

    @Override
    public boolean abort() {
        account = null;
        principals.clear();
        return true;
    }

    @Override
    public boolean logout() {
        subject.getPrincipals().removeAll(principals);
        principals.clear();
        account = null;
        return true;
    }
}
