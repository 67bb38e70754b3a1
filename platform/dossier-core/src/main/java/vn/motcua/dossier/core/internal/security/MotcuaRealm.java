package vn.motcua.dossier.core.internal.security;

import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.dossier.UserDirectory;

/**
 * The JAAS realm {@code motcua}: Karaf's JAAS configuration picks this service up, and REST
 * (HTTP Basic), the web console and SSH sign in through it. The login module is loaded from this
 * bundle by Karaf's proxy and receives the user directory through its options.
 */
@Component(service = JaasRealm.class)
public class MotcuaRealm implements JaasRealm {

    static final String DIRECTORY_OPTION = "vn.motcua.users";

    private final AppConfigurationEntry[] entries;

    @Activate
    public MotcuaRealm(BundleContext context, @Reference UserDirectory users) {
        entries = new AppConfigurationEntry[] {
            new AppConfigurationEntry(ProxyLoginModule.class.getName(), LoginModuleControlFlag.REQUIRED, Map.of(
                    ProxyLoginModule.PROPERTY_MODULE, MotcuaLoginModule.class.getName(),
                    ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(context.getBundle().getBundleId()),
                    BundleContext.class.getName(), context,
                    DIRECTORY_OPTION, users))
        };
    }

    @Override
    public String getName() {
        return UserDirectory.REALM;
    }

    @Override
    public int getRank() {
        return 0;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        return entries.clone();
    }
}
