package vn.motcua.procedure;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.TimeLimitUnit;

/**
 * Reads procedure descriptors from a UTF-8 properties file, so that a field bundle keeps the
 * published data of its procedures (names, documents, legal basis: Vietnamese text) out of its
 * code. One block of keys per procedure, prefixed by its national code:
 *
 * <pre>
 * field=chung-thuc|Chứng thực
 * 2.000815.name=Chứng thực bản sao từ bản chính …
 * 2.000815.timeLimit=SAME_DAY                  (or: 2 WORKING_DAYS, 8 WORKING_HOURS, 15 CALENDAR_DAYS)
 * 2.000815.onlineLevel=PARTIAL                 (NONE, PARTIAL, FULL)
 * 2.000815.effectiveFrom=2015-04-10
 * 2.000815.effectiveTo=                        (optional)
 * 2.000815.fee=2.000 đồng/trang …
 * 2.000815.legalBasis.1=Nghị định số 23/2015/NĐ-CP …
 * 2.000815.document.1=ban-chinh;1;0;0;mandatory,pages;Bản chính giấy tờ …
 *                     (code; originals; certified copies; copies; flags; name)
 * 2.000815.form.1=assetKind;CHOICE;required;40;Loại tài sản
 *                     (name; type; required|optional; max length; label)
 * 2.000815.form.1.choices=dong-san|Động sản;nha-o|Nhà ở
 *                     (a CHOICE field's values, each value|label, separated by ';')
 * 2.000815.step.1=TIEP_NHAN;RECEPTION_CLERK;10;Tiếp nhận, chuyển hồ sơ   (optional: the default
 *                     process of ProcessStep.DEFAULT otherwise; code; role; share %; name)
 * 2.000815.supplementRequestsPerUnit=1             (optional, default 1)
 * 2.000815.result=Bản sao chứng thực|so-chung-thuc-ban-sao|Sổ chứng thực bản sao từ bản chính|SCT/BS
 *                     (optional: title|register code|register name|symbol; the last three may be empty)
 * </pre>
 *
 * A procedure may override the file's {@code field} with its own {@code <code>.field}.
 */
public final class ProcedureDescriptors {

    private static final Pattern NAME_KEY = Pattern.compile("^(\\d\\.\\d{6})\\.name$");
    private static final Pattern KNOWN_KEY = Pattern.compile("(\\d\\.\\d{6})\\.(name|field|timeLimit|onlineLevel|fee|"
            + "effectiveFrom|effectiveTo|supplementRequestsPerUnit|result|(document|form|legalBasis|step)\\.\\d+|"
            + "form\\.\\d+\\.choices)");

    private ProcedureDescriptors() {
    }

    /**
     * Loads every procedure of a properties resource found next to {@code anchor}'s class loader.
     *
     * @return descriptors by national code, in file order of their codes
     * @throws IllegalArgumentException naming the key at fault when the file is malformed
     */
    public static Map<String, ProcedureDescriptor> load(Class<?> anchor, String resource) {
        return load(anchor, resource, Set.of());
    }

    /** The same, where the file may also hold {@code <code>.<key>} for each of {@code extraKeys}, read by the caller. */
    public static Map<String, ProcedureDescriptor> load(Class<?> anchor, String resource, Set<String> extraKeys) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("resource not found: " + resource);
            }
            return parse(Texts.utf8(in), extraKeys);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalArgumentException(resource + " is " + Texts.NOT_UTF8, e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    /** Parses descriptors from UTF-8 text in the format above. */
    public static Map<String, ProcedureDescriptor> parse(Reader reader) throws IOException {
        return parse(reader, Set.of());
    }

    /**
     * The same, where the file may also hold {@code <code>.<key>} for each of {@code extraKeys}, which
     * the caller reads itself (procedures defined as data: {@code feeAmount}).
     */
    public static Map<String, ProcedureDescriptor> parse(Reader reader, Set<String> extraKeys) throws IOException {
        Properties p = new Properties();
        p.load(reader);
        Map<String, ProcedureDescriptor> result = new LinkedHashMap<>();
        List<String> codes = new ArrayList<>();
        for (String key : p.stringPropertyNames()) {
            Matcher m = NAME_KEY.matcher(key);
            if (m.matches()) {
                codes.add(m.group(1));
            }
        }
        codes.sort(null);
        for (String key : p.stringPropertyNames()) {
            Matcher k = KNOWN_KEY.matcher(key);
            int dot = key.indexOf('.', key.indexOf('.') + 1);
            boolean extra = dot > 0 && codes.contains(key.substring(0, dot)) && extraKeys.contains(key.substring(dot + 1));
            if (!key.equals("field") && !extra && !(k.matches() && codes.contains(k.group(1)))) {
                // a misspelt key ("docment.1", "timelimit") would otherwise drop what it holds without a word
                throw new IllegalArgumentException(key + ": unknown key (expected <code>.name, field, timeLimit, "
                        + "onlineLevel, fee, effectiveFrom, effectiveTo, supplementRequestsPerUnit, result, "
                        + "document.<n>, form.<n>, form.<n>.choices, legalBasis.<n> or step.<n>, with a <code>.name "
                        + "for that code)");
            }
        }
        ProcedureField defaultField = p.getProperty("field") == null ? null : field(p.getProperty("field"), "field");
        for (String code : codes) {
            result.put(code, descriptor(p, code, defaultField));
        }
        return result;
    }

    private static ProcedureDescriptor descriptor(Properties p, String code, ProcedureField defaultField) {
        String fieldText = p.getProperty(code + ".field");
        ProcedureField field = fieldText != null ? field(fieldText, code + ".field") : defaultField;
        if (field == null) {
            throw new IllegalArgumentException(code + ": no field (set 'field' or '" + code + ".field')");
        }
        List<RequiredDocument> documents = new ArrayList<>();
        for (Map.Entry<Integer, String> e : indexed(p, code + ".document.").entrySet()) {
            documents.add(document(e.getValue(), code + ".document." + e.getKey()));
        }
        List<FormField> form = new ArrayList<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(code + ".form.") && key.endsWith(".choices")
                    && p.getProperty(key.substring(0, key.length() - ".choices".length())) == null) {
                throw new IllegalArgumentException(key + ": no such form field");
            }
        }
        for (Map.Entry<Integer, String> e : indexed(p, code + ".form.").entrySet()) {
            String key = code + ".form." + e.getKey();
            form.add(formField(e.getValue(), key, p.getProperty(key + ".choices")));
        }
        List<String> legalBasis = new ArrayList<>(indexed(p, code + ".legalBasis.").values());
        List<ProcessStep> process = new ArrayList<>();
        for (Map.Entry<Integer, String> e : indexed(p, code + ".step.").entrySet()) {
            process.add(step(e.getValue(), code + ".step." + e.getKey()));
        }
        String to = p.getProperty(code + ".effectiveTo", "").trim();
        return new ProcedureDescriptor(code, required(p, code + ".name"), field,
                timeLimit(required(p, code + ".timeLimit"), code + ".timeLimit"), documents, form,
                enumValue(OnlineLevel.class, p.getProperty(code + ".onlineLevel", "NONE"), code + ".onlineLevel"),
                legalBasis, p.getProperty(code + ".fee", "").trim(),
                date(required(p, code + ".effectiveFrom"), code + ".effectiveFrom"),
                to.isEmpty() ? null : date(to, code + ".effectiveTo"), process,
                integer(p.getProperty(code + ".supplementRequestsPerUnit", "1"), code + ".supplementRequestsPerUnit"),
                result(p.getProperty(code + ".result"), code + ".result"));
    }

    /** Parses "SAME_DAY", "2 WORKING_DAYS" and the like. */
    public static TimeLimit timeLimit(String text, String key) {
        String[] parts = text.trim().split("\\s+");
        if (parts.length == 1) {
            return new TimeLimit(0, enumValue(TimeLimitUnit.class, parts[0], key));
        }
        if (parts.length == 2) {
            int amount;
            try {
                amount = Integer.parseInt(parts[0]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(key + ": not a number: " + parts[0]);
            }
            TimeLimitUnit unit = enumValue(TimeLimitUnit.class, parts[1], key);
            try {
                return new TimeLimit(amount, unit);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
            }
        }
        throw new IllegalArgumentException(key + ": expected '<amount> <unit>', got '" + text + "'");
    }

    private static ProcedureField field(String text, String key) {
        String[] parts = text.split("\\|", 2);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            throw new IllegalArgumentException(key + ": expected 'code|name', got '" + text + "'");
        }
        return new ProcedureField(parts[0].trim(), parts[1].trim());
    }

    private static RequiredDocument document(String text, String key) {
        String[] f = text.split(";", 6);
        if (f.length != 6) {
            throw new IllegalArgumentException(key + ": expected 'code;originals;certifiedCopies;copies;flags;name'");
        }
        List<String> flags = List.of(f[4].trim().split("\\s*,\\s*"));
        for (String flag : flags) {
            if (!flag.isEmpty() && !flag.equals("mandatory") && !flag.equals("optional") && !flag.equals("pages")) {
                throw new IllegalArgumentException(key + ": unknown flag '" + flag + "'");
            }
        }
        return new RequiredDocument(f[0].trim(), f[5].trim(), integer(f[1], key), integer(f[2], key),
                integer(f[3], key), flags.contains("mandatory"), flags.contains("pages"));
    }

    private static FormField formField(String text, String key, String choicesText) {
        String[] f = text.split(";", 5);
        if (f.length != 5) {
            throw new IllegalArgumentException(key + ": expected 'name;type;required|optional;maxLength;label'");
        }
        String req = f[2].trim();
        if (!req.equals("required") && !req.equals("optional")) {
            throw new IllegalArgumentException(key + ": expected 'required' or 'optional', got '" + req + "'");
        }
        FormField.Type type = enumValue(FormField.Type.class, f[1], key);
        List<FormField.Choice> choices = new ArrayList<>();
        if (choicesText != null) {
            for (String choice : choicesText.split(";")) {
                String[] c = choice.split("\\|", 2);
                if (c.length != 2 || c[0].isBlank() || c[1].isBlank()) {
                    throw new IllegalArgumentException(key + ".choices: expected 'value|label;value|label…', got '"
                            + choice.trim() + "'");
                }
                choices.add(new FormField.Choice(c[0], c[1]));
            }
        }
        try {
            return new FormField(f[0].trim(), f[4].trim(), type, req.equals("required"), integer(f[3], key), choices);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
        }
    }

    private static ResultSpec result(String text, String key) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] f = text.split("\\|", -1);
        if (f.length != 4 || f[0].isBlank()) {
            throw new IllegalArgumentException(key + ": expected 'title|register code|register name|symbol'");
        }
        return new ResultSpec(f[0].trim(), blankToNull(f[1]), blankToNull(f[2]), blankToNull(f[3]));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static ProcessStep step(String text, String key) {
        String[] f = text.split(";", 4);
        if (f.length != 4) {
            throw new IllegalArgumentException(key + ": expected 'code;role;share;name'");
        }
        return new ProcessStep(f[0].trim(), f[3].trim(), enumValue(ProcessStep.Role.class, f[1], key),
                integer(f[2], key));
    }

    private static TreeMap<Integer, String> indexed(Properties p, String prefix) {
        TreeMap<Integer, String> values = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(prefix) && !key.endsWith(".choices")) {
                String index = key.substring(prefix.length());
                try {
                    values.put(Integer.parseInt(index), p.getProperty(key).trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(key + ": the suffix must be a number");
                }
            }
        }
        return values;
    }

    private static String required(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(key + ": missing");
        }
        return v.trim();
    }

    private static int integer(String text, String key) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": not a number: " + text.trim());
        }
    }

    private static LocalDate date(String text, String key) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + ": not a date (YYYY-MM-DD): " + text.trim());
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text, String key) {
        try {
            return Enum.valueOf(type, text.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": unknown value '" + text.trim() + "'");
        }
    }
}
