package vn.motcua.procedure;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts a bundle shows its users: a UTF-8 properties file beside one of its classes, each
 * value a {@link MessageFormat} pattern ({@code {0}}, {@code {1}}, …) in Vietnamese. Fee lines and
 * messages are written at every reception, so each pattern is parsed once and its parsed form
 * copied for each use (a {@code MessageFormat} is not safe for two threads at once).
 */
public final class Texts {

    private final String resource;
    private final Map<String, String> patterns;
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();
    private final Map<String, String> plainTexts = new ConcurrentHashMap<>();

    static final String NOT_UTF8 = "not UTF-8 text (save it as UTF-8)";

    private Texts(String resource, Map<String, String> patterns) {
        this.resource = resource;
        this.patterns = patterns;
    }

    /**
     * The texts of {@code resource}, a properties file in UTF-8 in the package of {@code owner}.
     *
     * @throws UncheckedIOException when the file is missing or unreadable
     */
    public static Texts of(Class<?> owner, String resource) {
        Properties p = new Properties();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " not found beside " + owner.getName());
            }
            p.load(utf8(in));
        } catch (CharacterCodingException e) {
            throw new UncheckedIOException(resource + " beside " + owner.getName() + " is " + NOT_UTF8, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> patterns = new HashMap<>();
        p.forEach((k, v) -> patterns.put((String) k, (String) v));
        return new Texts(resource, Map.copyOf(patterns));
    }

    /**
     * The text of {@code key} with {@code args} in its places. A text without arguments is read by the
     * same rules ({@code ''} for one apostrophe), so that a pattern reads the same wherever it is used.
     *
     * @throws IllegalStateException when the file has no such key (a mistake in the bundle)
     */
    public String text(String key, Object... args) {
        if (args.length == 0) {
            String plain = plainTexts.get(key);
            if (plain == null) {
                plain = format(key, args);
                plainTexts.put(key, plain);
            }
            return plain;
        }
        return format(key, args);
    }

    private String format(String key, Object[] args) {
        String pattern = patterns.get(key);
        if (pattern == null) {
            throw new IllegalStateException(resource + " has no key " + key);
        }
        MessageFormat parsed = formats.computeIfAbsent(key, k -> new MessageFormat(pattern, Locale.ROOT));
        return ((MessageFormat) parsed.clone()).format(args);
    }

    /**
     * A reader of UTF-8 text that refuses any other encoding (a file saved as Windows-1258 or
     * Latin-1 would otherwise show its Vietnamese as question marks on every slip): reading
     * throws {@link CharacterCodingException} at the first byte that is not.
     */
    static Reader utf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** The pattern of {@code key} as written, or null when the file has none. */
    public String pattern(String key) {
        return patterns.get(key);
    }

    public boolean has(String key) {
        return patterns.containsKey(key);
    }
}
