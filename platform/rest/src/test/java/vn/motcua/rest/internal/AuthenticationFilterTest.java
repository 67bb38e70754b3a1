package vn.motcua.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.Configuration;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import vn.motcua.dossier.AuthenticationException;
import vn.motcua.dossier.Role;
import vn.motcua.dossier.UserAccount;
import vn.motcua.dossier.UserDirectory;

/**
 * HTTP Basic without a slow hash per request: a checked header is remembered for a minute, then
 * renewed by the account's credential stamp alone, and checked in full again only when the stamp
 * changed (new password, disabled, locked, other roles). Runs the filter against a real JAAS login
 * (a test realm {@code motcua} over an in-memory directory) and a hand-driven clock.
 */
public class AuthenticationFilterTest {

    static Directory directory;
    private Configuration previous;
    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private AuthenticationFilter filter;

    @Before
    public void realm() {
        directory = new Directory();
        directory.accounts.put("tn.vocuong", new String[] {"motcua@demo", "v1"});
        previous = Configuration.getConfiguration();
        Configuration.setConfiguration(new Configuration() {
            @Override
            public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
                return new AppConfigurationEntry[] {new AppConfigurationEntry(DirectoryLoginModule.class.getName(),
                        AppConfigurationEntry.LoginModuleControlFlag.REQUIRED, Map.of())};
            }
        });
        filter = new AuthenticationFilter(directory, null,
                new SignInThrottle(30, 600, new ClientAddresses(Set.of())), clock::get);
    }

    @After
    public void restore() {
        Configuration.setConfiguration(previous);
    }

    @Test
    public void aRememberedHeaderIsRenewedByItsStampWithoutHashingAgain() {
        String header = basic("tn.vocuong", "motcua@demo");
        assertEquals("tn.vocuong", call(header));
        assertEquals("tn.vocuong", call(header));
        assertEquals(1, directory.passwordChecks);

        clock.addAndGet(AuthenticationFilter.REMEMBER_NANOS + 1);
        assertEquals("tn.vocuong", call(header));
        assertEquals("renewed by the stamp, no second password check", 1, directory.passwordChecks);
        assertEquals(1, directory.stampReadsAfterCheck);
    }

    @Test
    public void aChangedPasswordEndsTheOldOneAtTheNextRenewal() {
        String old = basic("tn.vocuong", "motcua@demo");
        assertEquals("tn.vocuong", call(old));
        directory.accounts.put("tn.vocuong", new String[] {"mật-khẩu-mới-2026", "v2"});
        assertEquals("still within its minute", "tn.vocuong", call(old));

        clock.addAndGet(AuthenticationFilter.REMEMBER_NANOS + 1);
        assertNull(call(old));
        assertEquals(401, lastAbort.getStatus());
        assertEquals("tn.vocuong", call(basic("tn.vocuong", "mật-khẩu-mới-2026")));
    }

    @Test
    public void aDisabledAccountIsRefusedAtTheNextRenewal() {
        String header = basic("tn.vocuong", "motcua@demo");
        assertEquals("tn.vocuong", call(header));
        directory.disabled = true;

        clock.addAndGet(AuthenticationFilter.REMEMBER_NANOS + 1);
        assertNull(call(header));
        assertEquals(401, lastAbort.getStatus());
    }

    @Test
    public void aWrongPasswordIsNeverRemembered() {
        String header = basic("tn.vocuong", "sai-mat-khau");
        assertNull(call(header));
        assertNull(call(header));
        assertEquals(2, directory.passwordChecks);
    }

    private Response lastAbort;

    /** Runs the filter on a request with this Authorization header: the signed-in user, or null. */
    private String call(String authorization) {
        String[] user = new String[1];
        lastAbort = null;
        ContainerRequestContext request = (ContainerRequestContext) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {ContainerRequestContext.class}, (p, m, args) -> {
                    switch (m.getName()) {
                        case "getHeaderString":
                            return "Authorization".equalsIgnoreCase((String) args[0]) ? authorization : null;
                        case "abortWith":
                            lastAbort = (Response) args[0];
                            return null;
                        case "setSecurityContext":
                            user[0] = ((SecurityContext) args[0]).getUserPrincipal().getName();
                            return null;
                        case "getMethod":
                            return "GET";
                        default:
                            return null;
                    }
                });
        filter.filter(request);
        return user[0];
    }

    private static String basic(String name, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Accounts as name → {password, stamp}; counts password checks. */
    static final class Directory implements UserDirectory {
        final Map<String, String[]> accounts = new HashMap<>();
        boolean disabled;
        int passwordChecks;
        int stampReadsAfterCheck;

        @Override
        public Optional<UserAccount> find(String userName) {
            return Optional.ofNullable(accounts.get(userName)).map(a -> new UserAccount(userName, "Lý Kim Oanh",
                    Set.of(Role.RECEPTION_CLERK), "000.10.01.H07", !disabled));
        }

        @Override
        public UserAccount authenticate(String userName, char[] password) {
            passwordChecks++;
            String[] a = accounts.get(userName);
            if (a == null || disabled || !a[0].equals(new String(password))) {
                throw new AuthenticationException("Tên đăng nhập hoặc mật khẩu không đúng.");
            }
            return find(userName).orElseThrow();
        }

        @Override
        public Optional<String> credentialStamp(String userName) {
            if (passwordChecks > 0) {
                stampReadsAfterCheck++;
            }
            String[] a = accounts.get(userName);
            return a == null || disabled ? Optional.empty() : Optional.of(a[1]);
        }

        @Override
        public List<UserAccount> list(String agencyCode) {
            return new ArrayList<>();
        }

        @Override
        public UserAccount create(UserAccount account, char[] password) {
            throw new UnsupportedOperationException();
        }

        @Override
        public UserAccount createWithHash(UserAccount account, String passwordHash) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void changePassword(String userName, char[] newPassword) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setEnabled(String userName, boolean enabled) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setRoles(String userName, Set<Role> roles) {
            throw new UnsupportedOperationException();
        }
    }

    /** The test realm: checks the name and password against {@link #directory}. */
    public static final class DirectoryLoginModule implements LoginModule {
        private CallbackHandler handler;

        @Override
        public void initialize(Subject subject, CallbackHandler callbackHandler, Map<String, ?> sharedState,
                               Map<String, ?> options) {
            this.handler = callbackHandler;
        }

        @Override
        public boolean login() throws LoginException {
            NameCallback name = new NameCallback("name");
            PasswordCallback password = new PasswordCallback("password", false);
            try {
                handler.handle(new Callback[] {name, password});
                directory.authenticate(name.getName(), password.getPassword());
                return true;
            } catch (AuthenticationException e) {
                throw new FailedLoginException(e.getMessage());
            } catch (Exception e) {
                throw new LoginException(e.toString());
            }
        }

        @Override
        public boolean commit() {
            return true;
        }

        @Override
        public boolean abort() {
            return true;
        }

        @Override
        public boolean logout() {
            return true;
        }
    }
}
