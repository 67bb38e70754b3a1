package vn.motcua.dossier.core.internal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.dossier.AccountLockedException;
import vn.motcua.dossier.Agency;
import vn.motcua.dossier.AgencyDirectory;
import vn.motcua.dossier.AuthenticationException;
import vn.motcua.dossier.NotFoundException;
import vn.motcua.dossier.Role;
import vn.motcua.dossier.UserAccount;
import vn.motcua.dossier.UserDirectory;
import vn.motcua.dossier.ValidationException;
import vn.motcua.dossier.core.internal.CoreMessages;
import vn.motcua.dossier.core.internal.DossierServiceImpl;
import vn.motcua.dossier.core.internal.persistence.UserAccountEntity;
import vn.motcua.dossier.core.internal.persistence.UserAccountRepository;
import vn.motcua.procedure.Problem;

/** Officials' accounts in the database; five wrong passwords in a row lock an account for 15 minutes. */
@Component(service = UserDirectory.class)
public class UserDirectoryImpl implements UserDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(UserDirectoryImpl.class);
    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);
    private static final Pattern USER_NAME = Pattern.compile("[a-z0-9._-]{3,100}");
    private static final Set<Role> OFFICIAL_ROLES = EnumSet.of(Role.RECEPTION_CLERK, Role.SPECIALIST, Role.LEADER,
            Role.AGENCY_ADMIN, Role.PROVINCE_ADMIN);
    /**
     * A hash to check an unknown user name's password against, so that it costs as much as a wrong
     * password. Made at the first unknown name, not when the class loads: the first 120,000 rounds
     * of PBKDF2 in a fresh JVM take 270-300 ms of CPU (interpreted until the JIT compiles them),
     * which the boot, already short of CPU on 2 cores, need not spend.
     */
    private static final class DummyHash {
        static final String VALUE = PasswordHasher.hash("motcua-timing-equaliser".toCharArray());
    }

    private final UserAccountRepository repository;
    private final AgencyDirectory agencies;
    private final Clock clock = Clock.system(DossierServiceImpl.ZONE);

    @Activate
    public UserDirectoryImpl(@Reference UserAccountRepository repository, @Reference AgencyDirectory agencies) {
        this.repository = repository;
        this.agencies = agencies;
    }

    @Override
    public Optional<UserAccount> find(String userName) {
        return userName == null ? Optional.empty() : repository.find(userName).map(UserDirectoryImpl::toAccount);
    }

    @Override
    public List<UserAccount> list(String agencyCode) {
        return repository.list(agencyCode).stream().map(UserDirectoryImpl::toAccount).toList();
    }

    @Override
    public UserAccount authenticate(String userName, char[] password) {
        UserAccountEntity u = userName == null ? null : repository.find(userName).orElse(null);
        if (u == null) {
            PasswordHasher.matches(password, DummyHash.VALUE);
            throw failed();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (!u.isEnabled()) {
            throw failed();
        }
        if (u.getLockedUntil() != null && now.isBefore(u.getLockedUntil())) {
            throw locked(u.getLockedUntil());
        }
        if (!PasswordHasher.matches(password, u.getPasswordHash())) {
            LocalDateTime lockedUntil = recordFailure(userName, now);
            throw lockedUntil != null ? locked(lockedUntil) : failed();
        }
        if (u.getFailedAttempts() > 0 || u.getLockedUntil() != null) {
            quietly(userName, e -> {
                e.setFailedAttempts(0);
                e.setLockedUntil(null);
                return null;
            });
        }
        return toAccount(u);
    }

    @Override
    public Optional<String> credentialStamp(String userName) {
        UserAccountEntity u = userName == null ? null : repository.find(userName).orElse(null);
        if (u == null || !u.isEnabled()
                || u.getLockedUntil() != null && LocalDateTime.now(clock).isBefore(u.getLockedUntil())) {
            return Optional.empty();
        }
        // everything the remembered actor carries, so that a renewal never keeps a stale one
        return Optional.of(PasswordHasher.stamp(u.getPasswordHash() + '\n' + u.getRoles() + '\n' + u.getAgencyCode()
                + '\n' + u.getDisplayName()));
    }

    /** @return when the account is now locked until, or null when this failure did not lock it */
    private LocalDateTime recordFailure(String userName, LocalDateTime now) {
        return quietly(userName, e -> {
            int failures = e.getFailedAttempts() + 1;
            if (failures >= MAX_FAILURES) {
                e.setLockedUntil(now.plus(LOCK));
                e.setFailedAttempts(0);
                LOG.warn("Account {} locked until {} after {} failed sign-ins", userName, now.plus(LOCK), failures);
                return e.getLockedUntil();
            }
            e.setFailedAttempts(failures);
            return null;
        });
    }

    /** Counting failures must never turn a sign-in answer into a server error. */
    private <R> R quietly(String userName, java.util.function.Function<UserAccountEntity, R> change) {
        try {
            return repository.update(userName, change);
        } catch (RuntimeException e) {
            LOG.debug("Could not update the sign-in counters of {}: {}", userName, e.toString());
            return null;
        }
    }

    private static AuthenticationException failed() {
        return new AuthenticationException(CoreMessages.text("auth.failed"));
    }

    private static AccountLockedException locked(LocalDateTime until) {
        return new AccountLockedException(CoreMessages.text("auth.locked", MAX_FAILURES,
                String.format("%02d:%02d", until.getHour(), until.getMinute())), until);
    }

    @Override
    public UserAccount create(UserAccount account, char[] password) {
        List<Problem> problems = check(account);
        if (password == null || password.length < 8 || password.length > 128) {
            problems.add(CoreMessages.problem("user.password.weak", "password"));
        }
        if (!problems.isEmpty()) {
            throw refused(problems);
        }
        return insert(account, PasswordHasher.hash(password));
    }

    @Override
    public UserAccount createWithHash(UserAccount account, String passwordHash) {
        List<Problem> problems = check(account);
        if (!problems.isEmpty()) {
            throw refused(problems);
        }
        return insert(account, passwordHash);
    }

    private UserAccount insert(UserAccount account, String hash) {
        String roles = account.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
        UserAccountEntity e = new UserAccountEntity(account.userName(), account.displayName().strip(), hash, roles,
                account.agencyCode(), LocalDateTime.now(clock));
        e.setEnabled(account.enabled());
        if (!repository.insert(e)) {
            throw refused(List.of(CoreMessages.problem("user.name.taken", "userName", account.userName())));
        }
        return toAccount(e);
    }

    private List<Problem> check(UserAccount a) {
        List<Problem> problems = new ArrayList<>();
        if (a.userName() == null || !USER_NAME.matcher(a.userName()).matches()) {
            problems.add(CoreMessages.problem("user.name.invalid", "userName"));
        }
        if (a.displayName() == null || a.displayName().isBlank()) {
            problems.add(CoreMessages.problem("user.displayName.required", "displayName"));
        }
        if (a.roles().isEmpty()) {
            problems.add(CoreMessages.problem("user.roles.required", "roles"));
        }
        for (Role r : a.roles()) {
            if (!OFFICIAL_ROLES.contains(r)) {
                problems.add(CoreMessages.problem("user.role.notOfficial", "roles", r.name()));
            }
        }
        Optional<Agency> agency = a.agencyCode() == null ? Optional.empty() : agencies.find(a.agencyCode());
        if (agency.isEmpty()) {
            problems.add(CoreMessages.problem("user.agency.unknown", "agencyCode", a.agencyCode()));
        } else if (!agency.get().isValidOn(LocalDate.now(clock))) {
            // merged or abolished (the 2025 reorganisation): no new official works there
            problems.add(CoreMessages.problem("user.agency.inactive", "agencyCode", a.agencyCode()));
        } else {
            problems.addAll(roleProblems(a.roles(), agency.get()));
        }
        return problems;
    }

    /** A province administrator belongs to the province's own agency, not to one of its units. */
    private static List<Problem> roleProblems(Set<Role> roles, Agency agency) {
        if (roles.contains(Role.PROVINCE_ADMIN) && agency.level() != Agency.Level.PROVINCE) {
            return List.of(CoreMessages.problem("user.role.provinceAdmin", "roles", agency.code()));
        }
        return List.of();
    }

    /** An account refused, with every problem found. */
    private static ValidationException refused(List<Problem> problems) {
        return new ValidationException(CoreMessages.text("user.refused", problems.size()), problems);
    }

    @Override
    public void changePassword(String userName, char[] newPassword) {
        if (newPassword == null || newPassword.length < 8 || newPassword.length > 128) {
            throw refused(List.of(CoreMessages.problem("user.password.weak", "password")));
        }
        String hash = PasswordHasher.hash(newPassword);
        change(userName, e -> {
            e.setPasswordHash(hash);
            e.setFailedAttempts(0);
            e.setLockedUntil(null);
        });
    }

    @Override
    public void setEnabled(String userName, boolean enabled) {
        change(userName, e -> e.setEnabled(enabled));
    }

    @Override
    public void setRoles(String userName, Set<Role> roles) {
        List<Problem> problems = new ArrayList<>();
        if (roles == null || roles.isEmpty()) {
            problems.add(CoreMessages.problem("user.roles.required", "roles"));
        } else {
            for (Role r : roles) {
                if (!OFFICIAL_ROLES.contains(r)) {
                    problems.add(CoreMessages.problem("user.role.notOfficial", "roles", r.name()));
                }
            }
        }
        if (problems.isEmpty()) {
            find(userName).flatMap(u -> agencies.find(u.agencyCode()))
                    .ifPresent(agency -> problems.addAll(roleProblems(roles, agency)));
        }
        if (!problems.isEmpty()) {
            throw refused(problems);
        }
        String joined = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        change(userName, e -> e.setRoles(joined));
    }

    private void change(String userName, java.util.function.Consumer<UserAccountEntity> change) {
        boolean found = repository.update(userName, e -> {
            if (e == null) {
                return false;
            }
            change.accept(e);
            return true;
        });
        if (!found) {
            throw new NotFoundException("user.not-found", CoreMessages.text("user.unknown", userName));
        }
    }

    static UserAccount toAccount(UserAccountEntity e) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : e.getRoles().split(",")) {
            if (!r.isBlank()) {
                roles.add(Role.valueOf(r.strip()));
            }
        }
        return new UserAccount(e.getUserName(), e.getDisplayName(), roles, e.getAgencyCode(), e.isEnabled());
    }
}
