package vn.motcua.civilstatus.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.motcua.procedure.ResultContext;

/**
 * A printable result: a UTF-8 HTML resource with {@code {{name}}} placeholders, every value
 * HTML-escaped. Parsed once; rendering is a single pass. A placeholder without a value is a
 * programming error and fails loudly rather than printing a half-filled document.
 */
final class ResultTemplate {

    private static final String CSS = text("result.css");

    private final String resource;
    private final List<String> literals = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    private ResultTemplate(String resource, String text) {
        this.resource = resource;
        int at = 0;
        while (true) {
            int open = text.indexOf("{{", at);
            if (open < 0) {
                literals.add(text.substring(at));
                return;
            }
            int close = text.indexOf("}}", open);
            if (close < 0) {
                throw new IllegalArgumentException(resource + ": unclosed placeholder at " + open);
            }
            literals.add(text.substring(at, open));
            names.add(text.substring(open + 2, close).strip());
            at = close + 2;
        }
    }

    static ResultTemplate load(String resource) {
        return new ResultTemplate(resource, text(resource));
    }

    /** Fills the template; the style sheet goes in as it is, every other value escaped. */
    String render(Map<String, String> values) {
        StringBuilder out = new StringBuilder(8192);
        for (int i = 0; i < names.size(); i++) {
            out.append(literals.get(i));
            String name = names.get(i);
            if (name.equals("css")) {
                out.append(CSS);
                continue;
            }
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException(resource + ": no value for placeholder " + name);
            }
            out.append(Html.escape(values.get(name)));
        }
        return out.append(literals.get(names.size())).toString();
    }

    /** What a result prints for a form field left empty. */
    static final String BLANK = "……………………";

    /**
     * What every result prints: the agency, the register entry, place and date, the signer, and
     * the form's values by their field names (absent ones a dotted blank).
     */
    static Map<String, String> values(ResultContext c, String... formFields) {
        Map<String, String> v = new HashMap<>();
        String agency = c.agencyName() == null ? "" : c.agencyName();
        v.put("agencyName", agency);
        v.put("agencyNameUpper", agency.toUpperCase(Locale.forLanguageTag("vi")));
        v.put("place", c.placeName() == null ? "" : c.placeName());
        LocalDateTime at = c.approvedAt() == null ? LocalDateTime.now() : c.approvedAt();
        v.put("day", at.getDayOfMonth() < 10 ? "0" + at.getDayOfMonth() : String.valueOf(at.getDayOfMonth()));
        // Nghị định 30/2020/NĐ-CP: months 1 and 2 are written 01, 02; the others without a zero
        v.put("month", at.getMonthValue() < 3 ? "0" + at.getMonthValue() : String.valueOf(at.getMonthValue()));
        v.put("year", String.valueOf(at.getYear()));
        v.put("issuedOn", CivilStatus.day(at.toLocalDate()));
        v.put("registerNumber", c.registerNumber() > 0 ? String.valueOf(c.registerNumber()) : "");
        v.put("registerBook", c.registerBook() == null ? "" : c.registerBook());
        v.put("signer", c.approvedBy() == null ? "" : c.approvedBy());
        v.put("dossierCode", c.dossierCode() == null ? "" : c.dossierCode());
        v.put("resultText", c.resultText() == null ? "" : c.resultText());
        v.put("applicantName", c.applicant() == null || c.applicant().fullName() == null ? ""
                : c.applicant().fullName());
        v.put("applicantIdNumber", c.applicant() == null || c.applicant().idNumber() == null ? ""
                : c.applicant().idNumber());
        v.put("applicantAddress", c.applicant() == null || c.applicant().address() == null ? ""
                : c.applicant().address());
        for (String f : formFields) {
            String value = c.form().get(f);
            // a field the applicant left empty is a dotted blank, to be filled in by hand as on paper
            v.put(f, value == null || value.isBlank() ? BLANK : value.strip());
        }
        return v;
    }

    /** A form date as "dd/MM/yyyy"; the text as it is when it is not an ISO date. */
    static String formDate(ResultContext c, String field) {
        LocalDate d = CivilStatus.date(c.form(), field);
        if (d != null) {
            return CivilStatus.day(d);
        }
        String raw = c.form().get(field);
        return raw == null ? "" : raw.strip();
    }

    private static String text(String resource) {
        try (InputStream in = ResultTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
