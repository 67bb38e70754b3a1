package vn.motcua.procedure;

import java.util.Objects;

/**
 * A field of the applicant's form (tờ khai) beyond the applicant's identity.
 *
 * @param name key in the submission's {@code form} object
 * @param label Vietnamese label
 * @param type what kind of value it holds; the core checks it
 * @param required whether it must be present and non-blank
 * @param maxLength longest accepted text, 0 for no limit beyond the core's default
 */
public record FormField(String name, String label, Type type, boolean required, int maxLength) {

    public enum Type { TEXT, INTEGER, DATE, ID_NUMBER, PHONE, YES_NO }

    public FormField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
    }
}
