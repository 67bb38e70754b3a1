package vn.motcua.slips.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An HTML template with {@code {{name}}} placeholders (the value is HTML-escaped) and
 * {@code {{{name}}}} placeholders (the value is inserted as it is: markup the renderer built from
 * escaped parts). Parsed once; rendering is a single pass.
 */
final class Template {

    private final List<String> literals = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<Boolean> raw = new ArrayList<>();

    private Template(String text) {
        int at = 0;
        while (true) {
            int open = text.indexOf("{{", at);
            if (open < 0) {
                literals.add(text.substring(at));
                return;
            }
            boolean triple = text.startsWith("{{{", open);
            int close = text.indexOf(triple ? "}}}" : "}}", open);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed placeholder at " + open);
            }
            literals.add(text.substring(at, open));
            names.add(text.substring(open + (triple ? 3 : 2), close).strip());
            raw.add(triple);
            at = close + (triple ? 3 : 2);
        }
    }

    static Template load(String resource) {
        return new Template(text(resource));
    }

    /** A UTF-8 resource next to this class, as text. */
    static String text(String resource) {
        try (InputStream in = Template.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String render(Map<String, String> values) {
        StringBuilder out = new StringBuilder(8192);
        for (int i = 0; i < names.size(); i++) {
            out.append(literals.get(i));
            String v = values.get(names.get(i));
            if (v == null) {
                throw new IllegalArgumentException("no value for placeholder " + names.get(i));
            }
            out.append(raw.get(i) ? v : escape(v));
        }
        return out.append(literals.get(names.size())).toString();
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
