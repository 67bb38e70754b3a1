package vn.motcua.notarization.internal;

import java.util.Map;

import vn.motcua.procedure.ProcedureDescriptor;
import vn.motcua.procedure.ProcedureDescriptors;
import vn.motcua.procedure.Texts;

/** The field's published data and Vietnamese messages, loaded once from the bundle's resources. */
final class Notarization {

    static final Map<String, ProcedureDescriptor> DESCRIPTORS =
            ProcedureDescriptors.load(Notarization.class, "procedures.properties");

    private static final Texts MESSAGES = Texts.of(Notarization.class, "messages.properties");

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
        return MESSAGES.text(key, args);
    }
}
