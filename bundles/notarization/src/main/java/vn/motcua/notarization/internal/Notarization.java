package vn.motcua.notarization.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import vn.motcua.procedure.ProcedureDescriptor;
import vn.motcua.procedure.ProcedureDescriptors;

/** The field's published data and Vietnamese messages, loaded once from the bundle's resources. */
final class Notarization {

    static final Map<String, ProcedureDescriptor> DESCRIPTORS =
            ProcedureDescriptors.load(Notarization.class, "procedures.properties");

    private static final Properties MESSAGES = messages();

    private Notarization() {
    }

    static ProcedureDescriptor descriptor(String code) {
        ProcedureDescriptor d = DESCRIPTORS.get(code);
        if (d == null) {
            throw new IllegalStateException("procedures.properties has no procedure " + code);
        }
        return d;
    }

    static String message(String key, Object... args) {
        String pattern = MESSAGES.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("messages.properties has no key " + key);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    private static Properties messages() {
        Properties p = new Properties();
        try (InputStream in = Notarization.class.getResourceAsStream("messages.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
