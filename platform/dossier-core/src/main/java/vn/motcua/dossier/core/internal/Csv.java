package vn.motcua.dossier.core.internal;

import java.util.ArrayList;
import java.util.List;

/** Splits one CSV line: comma-separated, optional double quotes, "" for a quote inside quotes. */
final class Csv {

    private Csv() {
    }

    static List<String> split(String line, int lineNo) {
        List<String> fields = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(f.toString().strip());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("line " + lineNo + ": unclosed quote");
        }
        fields.add(f.toString().strip());
        return fields;
    }
}
