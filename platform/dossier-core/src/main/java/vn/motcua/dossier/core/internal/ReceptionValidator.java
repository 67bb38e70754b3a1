package vn.motcua.dossier.core.internal;

import static vn.motcua.dossier.core.internal.CoreMessages.problem;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.motcua.dossier.Agency;
import vn.motcua.dossier.ReceptionRequest;
import vn.motcua.procedure.Fee;
import vn.motcua.procedure.FormField;
import vn.motcua.procedure.Problem;
import vn.motcua.procedure.ProcedureDescriptor;
import vn.motcua.procedure.RequiredDocument;
import vn.motcua.procedure.Submission.Applicant;
import vn.motcua.procedure.Submission.SubmittedDocument;

/**
 * The checks the core makes on every reception, whatever the procedure: the procedure and agency
 * exist on the receipt day, the applicant's identity is well-formed, the mandatory documents are
 * there, the form matches the procedure's fields. Collects every problem instead of stopping at
 * the first. Pure: no I/O, thread-safe.
 */
final class ReceptionValidator {

    static final int MAX_NAME = 200;
    static final int MAX_ADDRESS = 500;
    static final int MAX_QUANTITY = 10_000;
    static final int MAX_DOCUMENTS = 100;
    static final int MAX_FORM_FIELDS = 100;
    static final int DEFAULT_FORM_LENGTH = 2_000;

    private static final Pattern ID_NUMBER = Pattern.compile("\\d{12}");
    /** Mobile or landline: 0 + 9 or 10 digits, or +84 + 9 or 10 digits. */
    private static final Pattern PHONE = Pattern.compile("(0|\\+84)\\d{9,10}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s.]{2,}");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");
    /** What people type between a phone number's digits; compiled once, not at each reception. */
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s.\\-()]");

    private ReceptionValidator() {
    }

    /**
     * @param procedure the installed procedure with the request's code, or null
     * @param agency the agency with the request's code, or null
     * @param day the receipt day
     */
    static List<Problem> validate(ReceptionRequest request, ProcedureDescriptor procedure, Agency agency,
                                  LocalDate day) {
        List<Problem> problems = new ArrayList<>();
        if (isBlank(request.procedureCode())) {
            problems.add(problem("procedure.required", "procedureCode"));
        } else if (procedure == null) {
            problems.add(problem("procedure.unknown", "procedureCode", request.procedureCode()));
        } else if (!procedure.isEffectiveOn(day)) {
            problems.add(problem("procedure.notEffective", "procedureCode", request.procedureCode(), day));
        }
        if (isBlank(request.agencyCode())) {
            problems.add(problem("agency.required", "agencyCode"));
        } else if (agency == null) {
            problems.add(problem("agency.unknown", "agencyCode", request.agencyCode()));
        } else if (!agency.isValidOn(day)) {
            problems.add(problem("agency.inactive", "agencyCode", request.agencyCode(), day));
        }
        if (request.channel() == null) {
            problems.add(problem("channel.required", "channel"));
        }
        applicant(request.applicant(), problems);
        if (request.channel() == vn.motcua.dossier.Channel.ONLINE && request.applicant() != null
                && isBlank(request.applicant().phone()) && isBlank(request.applicant().email())) {
            // nobody at a counter: the one-stop tells an online applicant what it decided by these
            problems.add(problem("applicant.contact.required", "applicant.phone"));
        }
        documents(request.documents(), procedure, problems);
        if (procedure != null) {
            form(request.form(), procedure.formFields(), true, problems);
        }
        return problems;
    }

    private static void applicant(Applicant a, List<Problem> problems) {
        if (a == null) {
            problems.add(problem("applicant.required", "applicant"));
            return;
        }
        if (isBlank(a.fullName())) {
            problems.add(problem("applicant.fullName.required", "applicant.fullName"));
        } else if (a.fullName().strip().length() > MAX_NAME) {
            problems.add(problem("applicant.fullName.tooLong", "applicant.fullName", MAX_NAME));
        }
        if (isBlank(a.idNumber())) {
            problems.add(problem("applicant.idNumber.required", "applicant.idNumber"));
        } else if (!ID_NUMBER.matcher(a.idNumber().strip()).matches()) {
            problems.add(problem("applicant.idNumber.invalid", "applicant.idNumber"));
        }
        if (!isBlank(a.phone()) && !PHONE.matcher(normalizePhone(a.phone())).matches()) {
            problems.add(problem("applicant.phone.invalid", "applicant.phone"));
        }
        if (!isBlank(a.email()) && !EMAIL.matcher(a.email().strip()).matches()) {
            problems.add(problem("applicant.email.invalid", "applicant.email"));
        }
        if (a.address() != null && a.address().strip().length() > MAX_ADDRESS) {
            problems.add(problem("applicant.address.tooLong", "applicant.address", MAX_ADDRESS));
        }
    }

    private static void documents(List<SubmittedDocument> documents, ProcedureDescriptor procedure,
                                  List<Problem> problems) {
        List<SubmittedDocument> docs = documents == null ? List.of() : documents;
        if (docs.size() > MAX_DOCUMENTS) {
            problems.add(problem("document.tooMany", "documents", MAX_DOCUMENTS));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < docs.size(); i++) {
            SubmittedDocument d = docs.get(i);
            String at = "documents[" + i + "]";
            if (d == null || isBlank(d.code())) {
                problems.add(problem("document.code.required", at + ".code", i + 1));
                continue;
            }
            if (!seen.add(d.code())) {
                problems.add(problem("document.duplicate", at + ".code", d.code()));
                continue;
            }
            RequiredDocument required = procedure == null ? null : procedure.document(d.code());
            if (procedure != null && required == null) {
                problems.add(problem("document.unknown", at + ".code", d.code()));
                continue;
            }
            if (quantitiesOutOfRange(d)) {
                problems.add(problem("document.quantity.invalid", at, d.code(), Fee.amountText(MAX_QUANTITY)));
            } else if (required != null && required.countsPages() && d.pages() < 1) {
                problems.add(problem("document.pages.required", at + ".pages", required.name()));
            }
        }
        if (procedure != null) {
            for (RequiredDocument r : procedure.documents()) {
                if (r.mandatory() && !seen.contains(r.code())) {
                    problems.add(problem("document.missing", "documents", r.name() + " (" + r.code() + ")"));
                }
            }
        }
    }

    /**
     * The request with the applicant's texts and the form's values in Unicode's composed form (NFC),
     * as Vietnamese keyboards mostly write it: "Ánh" typed with a combining accent (NFD, as some phones
     * and old systems send it) would otherwise be stored as other characters, and miss in searches,
     * sorting and the national portal. The same request when there is nothing to rewrite.
     */
    static ReceptionRequest composed(ReceptionRequest request) {
        Applicant a = request.applicant();
        boolean applicantOk = a == null || (nfc(a.fullName()) && nfc(a.address()) && nfc(a.email()) && nfc(a.phone())
                && nfc(a.idNumber()));
        boolean formOk = request.form() == null || request.form().values().stream().allMatch(ReceptionValidator::nfc);
        if (applicantOk && formOk) {
            return request;
        }
        Applicant applicant = applicantOk ? a : new Applicant(compose(a.fullName()), compose(a.idNumber()),
                compose(a.phone()), compose(a.address()), compose(a.email()));
        Map<String, String> form = request.form();
        if (!formOk) {
            form = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : request.form().entrySet()) {
                form.put(e.getKey(), compose(e.getValue()));
            }
        }
        return new ReceptionRequest(request.procedureCode(), request.agencyCode(), request.channel(), applicant,
                request.documents(), form);
    }

    private static boolean nfc(String s) {
        return s == null || Normalizer.isNormalized(s, Normalizer.Form.NFC);
    }

    private static String compose(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /**
     * The request with each CHOICE value written as its choice lists it ("DONG-SAN" as "dong-san",
     * "nữ" as "Nữ"), so that the field bundle and the stored dossier read one spelling; the same
     * request when there is nothing to rewrite.
     */
    static ReceptionRequest withChoicesAsListed(ReceptionRequest request, ProcedureDescriptor procedure) {
        Map<String, String> form = request.form();
        if (form == null || form.isEmpty()) {
            return request;
        }
        Map<String, String> listed = null;
        for (FormField f : procedure.formFields()) {
            String v = f.type() == FormField.Type.CHOICE ? form.get(f.name()) : null;
            String value = v == null ? null : f.choiceValue(v);
            if (value != null && !value.equals(v)) {
                if (listed == null) {
                    listed = new LinkedHashMap<>(form);
                }
                listed.put(f.name(), value);
            }
        }
        return listed == null ? request : new ReceptionRequest(request.procedureCode(), request.agencyCode(),
                request.channel(), request.applicant(), request.documents(), listed);
    }

    /**
     * The problems of the form's values as filled in so far (a fee quote while the form is being
     * filled): a value that is wrong, not one still missing.
     */
    static List<Problem> filledFormProblems(Map<String, String> form, ProcedureDescriptor procedure) {
        List<Problem> problems = new ArrayList<>();
        form(form, procedure.formFields(), false, problems);
        return problems;
    }

    /** The problems of a whole form, as at reception (a declaration corrected by a supplement). */
    static List<Problem> formProblems(Map<String, String> form, ProcedureDescriptor procedure) {
        List<Problem> problems = new ArrayList<>();
        form(form, procedure.formFields(), true, problems);
        return problems;
    }

    private static void form(Map<String, String> form, List<FormField> fields, boolean complete,
                             List<Problem> problems) {
        Map<String, String> values = form == null ? Map.of() : form;
        if (values.size() > MAX_FORM_FIELDS) {
            problems.add(problem("form.tooMany", "form", MAX_FORM_FIELDS));
            return;
        }
        for (FormField f : fields) {
            String at = "form." + f.name();
            String v = values.get(f.name());
            if (isBlank(v)) {
                if (f.required() && complete) {
                    problems.add(problem(f.type() == FormField.Type.CHOICE ? "form.choiceRequired" : "form.required", at,
                            f.label()));
                }
                continue;
            }
            String value = v.strip();
            if (f.type() == FormField.Type.CHOICE) {
                // one of the listed values, whatever the field's length says
                if (f.choiceLabel(value) == null) {
                    problems.add(problem("form.choice", at, f.label(), f.choices().stream()
                            .map(c -> c.value().equals(c.label()) ? c.value() : c.value() + " (" + c.label() + ")")
                            .collect(Collectors.joining("; "))));
                }
                continue;
            }
            int max = f.maxLength() > 0 ? f.maxLength() : DEFAULT_FORM_LENGTH;
            if (value.length() > max) {
                problems.add(problem("form.tooLong", at, f.label(), max));
                continue;
            }
            switch (f.type()) {
                case INTEGER -> {
                    if (!INTEGER.matcher(value).matches()) {
                        problems.add(problem("form.integer", at, f.label()));
                    }
                }
                case DATE -> {
                    try {
                        LocalDate.parse(value);
                    } catch (DateTimeParseException e) {
                        problems.add(problem("form.date", at, f.label()));
                    }
                }
                case ID_NUMBER -> {
                    if (!ID_NUMBER.matcher(value).matches()) {
                        problems.add(problem("form.idNumber", at, f.label()));
                    }
                }
                case PHONE -> {
                    if (!PHONE.matcher(normalizePhone(value)).matches()) {
                        problems.add(problem("form.phone", at, f.label()));
                    }
                }
                case YES_NO -> {
                    if (!value.equals("true") && !value.equals("false")) {
                        problems.add(problem("form.yesNo", at, f.label()));
                    }
                }
                case CHOICE -> {
                    // checked above
                }
                case TEXT -> {
                    // length checked above
                }
            }
        }
        // a key the procedure's form does not have is a mistake (a misspelt field would otherwise be
        // stored under its misspelling while the field itself stays empty)
        Set<String> names = new HashSet<>();
        for (FormField f : fields) {
            names.add(f.name());
        }
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (!names.contains(e.getKey())) {
                String key = e.getKey().length() > 100 ? e.getKey().substring(0, 100) + "…" : e.getKey();
                problems.add(names.isEmpty() ? problem("form.none", "form." + key, key)
                        : problem("form.unknown", "form." + key, key,
                                fields.stream().map(FormField::name).collect(Collectors.joining(", "))));
            }
        }
    }

    /** Phone numbers are typed with spaces, dots or dashes: "0912 345 678". */
    static String normalizePhone(String phone) {
        return PHONE_SEPARATORS.matcher(phone).replaceAll("");
    }

    /** Whether a document's originals, copies or pages are negative or more than the counter takes. */
    static boolean quantitiesOutOfRange(SubmittedDocument d) {
        return outOfRange(d.originals()) || outOfRange(d.certifiedCopies()) || outOfRange(d.copies())
                || outOfRange(d.pages());
    }

    private static boolean outOfRange(int quantity) {
        return quantity < 0 || quantity > MAX_QUANTITY;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
