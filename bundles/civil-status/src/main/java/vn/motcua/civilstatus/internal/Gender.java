package vn.motcua.civilstatus.internal;

import java.text.Normalizer;
import java.util.Locale;

/** The two values a gender field accepts; their Vietnamese spelling is in messages.properties. */
enum Gender {
    MALE("gender.male"), FEMALE("gender.female");

    private final String key;

    Gender(String key) {
        this.key = key;
    }

    /** "Nam" or "Nữ". */
    String label() {
        return CivilStatus.message(key);
    }

    /**
     * Reads "Nam" or "Nữ", whatever the case and whether the diacritics come precomposed or not
     * (keyboards and copy-paste produce both).
     *
     * @return the gender, or null when the text is neither
     */
    static Gender parse(String text) {
        if (text == null) {
            return null;
        }
        String t = normal(text);
        for (Gender g : values()) {
            if (normal(g.label()).equals(t)) {
                return g;
            }
        }
        return null;
    }

    private static String normal(String s) {
        return Normalizer.normalize(s.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
