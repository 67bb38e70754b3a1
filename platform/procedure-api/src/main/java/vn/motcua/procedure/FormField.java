package vn.motcua.procedure;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A field of the applicant's form (tờ khai) beyond the applicant's identity.
 *
 * @param name key in the submission's {@code form} object
 * @param label Vietnamese label
 * @param type what kind of value it holds; the core checks it
 * @param required whether it must be present and non-blank
 * @param maxLength longest accepted text, 0 for no limit beyond the core's default
 * @param choices for {@link Type#CHOICE}, the values the field may take, each with what the clerk and
 *        the citizen read; empty for every other type
 */
public record FormField(String name, String label, Type type, boolean required, int maxLength, List<Choice> choices) {

    /**
     * What kind of value a field holds. {@code CHOICE} (since 1.3): one of the field's
     * {@link FormField#choices()}, shown as a list to pick from instead of a code to type.
     */
    public enum Type { TEXT, INTEGER, DATE, ID_NUMBER, PHONE, YES_NO, CHOICE }

    /**
     * One value a {@link Type#CHOICE} field may take.
     *
     * @param value what the form holds and the field bundle reads (e.g. {@code nguoi-cao-tuoi})
     * @param label what people read (e.g. "Người cao tuổi từ đủ 80 tuổi trở lên")
     */
    public record Choice(String value, String label) {
        public Choice {
            if (value == null || value.isBlank() || label == null || label.isBlank()) {
                throw new IllegalArgumentException("mỗi lựa chọn cần giá trị (value) và nhãn (label)");
            }
            value = value.strip();
            label = label.strip();
        }
    }

    public FormField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        choices = choices == null ? List.of() : List.copyOf(choices);
        if (type == Type.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException(name + ": trường kiểu CHOICE cần danh sách lựa chọn (choices)");
        }
        if (type != Type.CHOICE && !choices.isEmpty()) {
            throw new IllegalArgumentException(name + ": chỉ trường kiểu CHOICE mới có danh sách lựa chọn (choices)");
        }
        Set<String> values = new HashSet<>();
        for (Choice c : choices) {
            // compared as a value sent is ("Nam" and "nam" would be one choice)
            if (!values.add(comparable(c.value()))) {
                throw new IllegalArgumentException(name + ": hai lựa chọn cùng giá trị " + c.value());
            }
        }
    }

    /** A field of any type but {@link Type#CHOICE}. */
    public FormField(String name, String label, Type type, boolean required, int maxLength) {
        this(name, label, type, required, maxLength, List.of());
    }

    /**
     * The label of the choice of {@code value}, or null when it is not one of them. The value is
     * compared whatever its case and whether its diacritics come precomposed or not ("nữ" is "Nữ"),
     * as keyboards and copy-paste produce both; a choice's label is taken for its value too ("Động
     * sản" for "dong-san": what another system copies from the form), unless two choices have that
     * label. The field bundle reads the value as listed (see {@link #choiceValue}).
     */
    public String choiceLabel(String value) {
        Choice c = choice(value);
        return c == null ? null : c.label();
    }

    /** The value as its choice lists it ("DONG-SAN " as "dong-san"), or null when it is not one of them. */
    public String choiceValue(String value) {
        Choice c = choice(value);
        return c == null ? null : c.value();
    }

    private Choice choice(String value) {
        if (value == null) {
            return null;
        }
        String wanted = comparable(value);
        for (Choice c : choices) {
            if (comparable(c.value()).equals(wanted)) {
                return c;
            }
        }
        Choice byLabel = null;
        for (Choice c : choices) {
            if (comparable(c.label()).equals(wanted)) {
                if (byLabel != null) {
                    return null; // two choices read alike: which one was meant cannot be told
                }
                byLabel = c;
            }
        }
        return byLabel;
    }

    private static String comparable(String s) {
        return Normalizer.normalize(s.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
