package vn.motcua.rest.internal;

import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a number from etc/vn.motcua.rest.cfg without letting a typo there take the API down: a value
 * that is not a whole number, or is below its minimum, is logged as an error naming the key, and the
 * shipped default is used instead. (Declarative Services would otherwise fail the component, and every
 * request under /api would answer 404 until the file was fixed.)
 */
final class Settings {

    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);

    private Settings() {
    }

    /**
     * @param key the attribute of {@link RestServer.Config}, whose default is used when the value is unusable
     */
    static long atLeast(String key, LongSupplier read, long min) {
        long fallback = ((Number) defaultOf(key)).longValue();
        try {
            long v = read.getAsLong();
            if (v >= min) {
                return v;
            }
            LOG.error("{} = {} in etc/{}.cfg is below its minimum {}: using {}", key, v, RestServer.PID, min, fallback);
        } catch (RuntimeException e) {
            LOG.error("{} in etc/{}.cfg is not a whole number ({}): using {}", key, RestServer.PID, e.getMessage(),
                    fallback);
        }
        return fallback;
    }

    private static Object defaultOf(String key) {
        try {
            return RestServer.Config.class.getMethod(key).getDefaultValue();
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("no setting " + key, e);
        }
    }
}
