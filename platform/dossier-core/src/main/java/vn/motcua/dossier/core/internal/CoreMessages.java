package vn.motcua.dossier.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import vn.motcua.procedure.Problem;

/** The core's Vietnamese messages, keyed by the problems' machine codes. */
public final class CoreMessages {

    private static final Properties TEXTS = load();

    private CoreMessages() {
    }

    public static String text(String key, Object... args) {
        String pattern = TEXTS.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("messages.properties has no key " + key);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    public static Problem problem(String code, String field, Object... args) {
        return new Problem(code, field, text(code, args));
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = CoreMessages.class.getResourceAsStream("messages.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
