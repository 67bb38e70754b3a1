package vn.motcua.dossier.core.internal;

import vn.motcua.procedure.Problem;
import vn.motcua.procedure.Texts;

/** The core's Vietnamese messages, keyed by the problems' machine codes. */
public final class CoreMessages {

    private static final Texts TEXTS = Texts.of(CoreMessages.class, "messages.properties");

    private CoreMessages() {
    }

    public static String text(String key, Object... args) {
        return TEXTS.text(key, args);
    }

    public static Problem problem(String code, String field, Object... args) {
        return new Problem(code, field, text(code, args));
    }

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A day as the messages write it: 02/12/2026. */
    static String day(java.time.temporal.TemporalAccessor t) {
        return DAY.format(t);
    }
}
