package vn.motcua.demo.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.dossier.Role;
import vn.motcua.dossier.ServiceUnavailableException;
import vn.motcua.dossier.UserAccount;
import vn.motcua.dossier.UserDirectory;
import vn.motcua.dossier.ValidationException;

/**
 * The demo profile: creates the demo officials (a reception clerk, a specialist and a leader for
 * each of Bắc Ninh city's 19 wards and communes, administrators, and one "4 tại chỗ" official)
 * when they do not exist yet. Their password is documented in the README; production runtimes do
 * not install this feature, so no account with a known password exists there.
 */
@Component(immediate = true)
public class DemoAccounts {

    private static final Logger LOG = LoggerFactory.getLogger(DemoAccounts.class);

    private final UserDirectory users;
    private final ScheduledExecutorService retry = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "motcua-demo-accounts");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public DemoAccounts(@Reference UserDirectory users) {
        this.users = users;
        createOrRetry(); // at once, so that the accounts exist when the runtime is up

    }

    @Deactivate
    void deactivate() {
        retry.shutdownNow();
    }

    /** The database may not be reachable yet when the runtime starts: try again until it is. */
    private void createOrRetry() {
        try {
            create();
        } catch (ServiceUnavailableException e) {
            LOG.info("Demo accounts: the database is not reachable yet, trying again in 10 s");
            retry.schedule(this::createOrRetry, 10, TimeUnit.SECONDS);
        } catch (IOException | RuntimeException e) {
            LOG.error("Demo accounts not created: {}", e.toString(), e);
        }
    }

    private void create() throws IOException {
        int created = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                DemoAccounts.class.getResourceAsStream("demo-accounts.csv"), StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split(",", 5);
                if (users.find(f[0]).isPresent()) {
                    continue;
                }
                Set<Role> roles = EnumSet.noneOf(Role.class);
                for (String r : f[2].split(";")) {
                    roles.add(Role.valueOf(r.strip()));
                }
                try {
                    users.createWithHash(new UserAccount(f[0], f[1], roles, f[3], true), f[4]);
                    created++;
                } catch (ValidationException e) {
                    // another runtime on the same database created it a moment ago
                    LOG.debug("Demo account {} not created: {}", f[0], e.getMessage());
                }
            }
        }
        if (created > 0) {
            LOG.warn("Demo profile: {} demo accounts created with the documented demo password. "
                    + "Do not run the motcua-demo feature in production.", created);
        }
    }
}
