package vn.motcua.dossier.core.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.dossier.SessionService;
import vn.motcua.dossier.UserAccount;
import vn.motcua.dossier.UserDirectory;
import vn.motcua.dossier.core.internal.DossierServiceImpl;
import vn.motcua.dossier.core.internal.persistence.SessionRepository;
import vn.motcua.dossier.core.internal.persistence.UserSessionEntity;

/**
 * Sessions in the database (any node sharing it accepts them), looked up through a short
 * in-memory cache like verified Basic credentials are; a logout on this node takes effect at once,
 * on another node within the cache time.
 */
@Component(service = SessionService.class, configurationPid = SessionServiceImpl.PID)
@Designate(ocd = SessionServiceImpl.Config.class)
public class SessionServiceImpl implements SessionService {

    static final String PID = "vn.motcua.sessions";
    private static final Logger LOG = LoggerFactory.getLogger(SessionServiceImpl.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_CACHED = 10_000;

    @ObjectClassDefinition(name = "motcua: browser sessions", description = "Sign-in sessions of the web console")
    public @interface Config {
        @AttributeDefinition(name = "Idle timeout (minutes)",
                description = "A session not used for this long ends")
        int idleMinutes() default 30;

        @AttributeDefinition(name = "Absolute timeout (hours)",
                description = "A session ends this long after sign-in, used or not")
        int absoluteHours() default 12;

        @AttributeDefinition(name = "Cache (seconds)",
                description = "How long a node trusts a looked-up session before reading it again; a logout "
                        + "elsewhere reaches this node within this time")
        int cacheSeconds() default 20;
    }

    private record Cached(UserSession session, String tokenHash, LocalDateTime lastSeenAt, long until) {
    }

    private final UserDirectory users;
    private final SessionRepository repository;
    private final SessionRules rules;
    private final long cacheNanos;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    @Activate
    public SessionServiceImpl(@Reference UserDirectory users, @Reference SessionRepository repository,
                              Config config) {
        this(users, repository, new SessionRules(Duration.ofMinutes(config.idleMinutes()),
                Duration.ofHours(config.absoluteHours()), Duration.ofMinutes(1)),
                Duration.ofSeconds(config.cacheSeconds()), Clock.system(DossierServiceImpl.ZONE));
    }

    SessionServiceImpl(UserDirectory users, SessionRepository repository, SessionRules rules, Duration cache,
                       Clock clock) {
        this.users = users;
        this.repository = repository;
        this.rules = rules;
        this.cacheNanos = cache.toNanos();
        this.clock = clock;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    @Override
    public UserSession signIn(String userName, char[] password) {
        UserAccount account = users.authenticate(userName, password);
        LocalDateTime now = now();
        try {
            repository.deleteExpired(now, now.minus(rules.idle()));
        } catch (RuntimeException e) {
            LOG.debug("Could not remove expired sessions: {}", e.toString());
        }
        String token = random();
        String csrf = random();
        UserSessionEntity row = new UserSessionEntity(digest(token), account.userName(), csrf, now,
                rules.absoluteEnd(now));
        repository.insert(row);
        LOG.info("Session opened for {}", account.userName());
        return new UserSession(token, csrf, account, now, row.getExpiresAt());
    }

    @Override
    public Optional<UserSession> find(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        String hash = digest(token);
        long nanos = System.nanoTime();
        LocalDateTime now = now();
        Cached c = cache.get(hash);
        if (c == null || nanos - c.until() > 0) {
            c = load(token, hash, nanos);
            if (c == null) {
                cache.remove(hash);
                return Optional.empty();
            }
        }
        if (rules.expired(c.session().createdAt(), c.lastSeenAt(), now)) {
            end(token);
            return Optional.empty();
        }
        if (rules.shouldTouch(c.lastSeenAt(), now)) {
            repository.touch(hash, now);
            c = new Cached(c.session(), hash, now, c.until());
        }
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        cache.put(hash, c);
        return Optional.of(c.session());
    }

    private Cached load(String token, String hash, long nanos) {
        UserSessionEntity row = repository.find(hash).orElse(null);
        if (row == null) {
            return null;
        }
        UserAccount account = users.find(row.getUserName()).filter(UserAccount::enabled).orElse(null);
        if (account == null) {
            repository.delete(hash);
            return null;
        }
        return new Cached(new UserSession(token, row.getCsrfToken(), account, row.getCreatedAt(), row.getExpiresAt()),
                hash, row.getLastSeenAt(), nanos + cacheNanos);
    }

    @Override
    public void end(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return;
        }
        String hash = digest(token);
        cache.remove(hash);
        repository.delete(hash);
    }

    @Override
    public void endAll(String userName) {
        cache.values().removeIf(c -> c.session().account().userName().equals(userName));
        int n = repository.deleteAll(userName);
        LOG.info("Ended {} session(s) of {}", n, userName);
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The hex SHA-256 of a token: what the database keeps instead of the token. */
    static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
