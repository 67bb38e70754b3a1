package vn.motcua.slips.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.dossier.Agency;
import vn.motcua.dossier.AgencyDirectory;
import vn.motcua.dossier.AuditEntry;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierDocument;
import vn.motcua.dossier.Timeliness;
import vn.motcua.procedure.Fee;
import vn.motcua.procedure.Texts;
import vn.motcua.slips.SlipRenderer;

/** The slips of the one-stop as A4 HTML, in the form set in force on each slip's date. */
@Component(service = SlipRenderer.class, configurationPid = HtmlSlipRenderer.PID)
@Designate(ocd = HtmlSlipRenderer.Config.class)
public class HtmlSlipRenderer implements SlipRenderer {

    static final String PID = "vn.motcua.slips";

    @ObjectClassDefinition(name = "motcua: slips (phiếu, giấy tờ in)", description = "Printed slips")
    public @interface Config {
        @AttributeDefinition(name = "2025 form set from (YYYY-MM-DD)",
                description = "Slips dated from this day use the 2025 form set (Decree 118/2025/NĐ-CP); "
                        + "earlier ones the Circular 01/2018/TT-VPCP set")
        String formSet2025From() default "2025-07-01";
    }

    private static final Texts TEXTS = Texts.of(HtmlSlipRenderer.class, "slips.properties");
    private static final String CSS = Template.text("slip.css");
    private static final Template RECEIPT = Template.load("mau-01.html");
    private static final Template SUPPLEMENT = Template.load("mau-02.html");
    private static final Template REFUSAL = Template.load("mau-03.html");
    private static final Template APOLOGY = Template.load("mau-04.html");
    private static final Template STOP = Template.load("stop-notice.html");
    private static final Template CONTROL = Template.load("mau-05.html");
    private static final Template BOOK = Template.load("mau-06.html");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** The actions that move a dossier from one hand to another: the rows of the control slip. */
    private static final Set<String> HAND_OVERS = Set.of("HAND_OVER", "PROPOSE", "APPROVE", "SEND_BACK", "TRANSFER",
            "TRANSFER_BACK", "REQUEST_SUPPLEMENT", "SUPPLEMENT", "RETURN_RESULT", "ACCEPT", "RECEIVE");

    /** The place name printed before dates: the province's, from the agency directory's configuration. */
    private final Supplier<String> placeName;
    private volatile LocalDate formSet2025From;

    @Activate
    public HtmlSlipRenderer(Config config, @Reference AgencyDirectory agencies) {
        this(config, agencies::placeName);
    }

    HtmlSlipRenderer(Config config, Supplier<String> placeName) {
        this.placeName = placeName;
        modified(config);
    }

    @Modified
    void modified(Config config) {
        formSet2025From = LocalDate.parse(config.formSet2025From());
    }

    @Override
    public String render(Slip slip, Dossier d, List<AuditEntry> trail, Function<String, Agency> agencies) {
        Agency agency = agencies.apply(d.agencyCode());
        return switch (slip) {
            case RECEIPT -> d.receivedAt() == null ? null : receipt(d, agency);
            case SUPPLEMENT_REQUEST -> last(trail, "REQUEST_SUPPLEMENT") == null ? null
                    : supplementRequest(d, last(trail, "REQUEST_SUPPLEMENT"), agency);
            case REFUSAL -> last(trail, "REFUSE") == null ? null : refusal(d, last(trail, "REFUSE"), agency);
            case APOLOGY -> last(trail, "APOLOGIZE") == null ? null
                    : apology(d, trail, last(trail, "APOLOGIZE"), agency, agencies);
            case STOP_NOTICE -> last(trail, "STOP") == null ? null : stopNotice(d, last(trail, "STOP"), agency);
            case CONTROL -> d.receivedAt() == null ? null : control(d, trail, agency, agencies);
        };
    }

    private static AuditEntry last(List<AuditEntry> trail, String action) {
        for (int i = trail.size() - 1; i >= 0; i--) {
            if (trail.get(i).action().equals(action)) {
                return trail.get(i);
            }
        }
        return null;
    }

    /** The values every dossier slip shows. */
    private Map<String, String> common(String slug, Dossier d, Agency agency, LocalDateTime date) {
        Map<String, String> v = new HashMap<>();
        String set = date.toLocalDate().isBefore(formSet2025From) ? "2018" : "2025";
        String number = form(set, slug, "number");
        v.put("css", CSS);
        v.put("title", form(set, slug, "title"));
        v.put("formReference", text("form." + set + ".reference", number));
        v.put("code", d.code());
        String agencyName = agency != null ? agency.name() : d.agencyName();
        v.put("agencyName", agencyName.toUpperCase(new Locale("vi")));
        v.put("agencyNameShort", agencyName);
        v.put("unitLine", "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ");
        v.put("place", placeName.get());
        v.put("day", String.format("%02d", date.getDayOfMonth()));
        v.put("month", String.format("%02d", date.getMonthValue()));
        v.put("year", Integer.toString(date.getYear()));
        v.put("applicantName", d.applicant().fullName());
        v.put("channel", d.channel().label());
        v.put("address", orDash(d.applicant().address()));
        v.put("phone", orDash(d.applicant().phone()));
        v.put("email", orDash(d.applicant().email()));
        v.put("idNumber", d.applicant().idNumber());
        v.put("procedureName", d.procedureName());
        v.put("procedureCode", d.procedureCode());
        v.put("fieldName", d.fieldName());
        return v;
    }

    private String form(String set, String slug, String what) {
        String value = TEXTS.pattern("form." + set + "." + slug + "." + what);
        if (value == null) {
            throw new IllegalStateException("slips.properties has no form." + set + "." + slug + "." + what);
        }
        return value;
    }

    String receipt(Dossier d, Agency agency) {
        Map<String, String> v = common("receipt", d, agency, d.receivedAt());
        v.put("documentRows", documentRows(d));
        v.put("timeLimit", timeLimit(d.timeLimit()));
        v.put("receivedAt", dateTime(d.receivedAt()));
        v.put("dueAt", dateTime(d.dueAt()));
        // free, with the bundle's reason when it gave one (the law that exempts it, the applicant exempted)
        v.put("fee", d.fee() == 0 ? d.feeLines().isEmpty() ? text("fee.free")
                : text("fee.freeWhy", String.join("; ", d.feeLines()))
                : text("fee.amount", Fee.amountText(d.fee()), String.join("; ", d.feeLines())));
        v.put("returnAt", text("returnAt." + d.channel().name(), v.get("agencyNameShort")));
        v.put("bookNumber", Integer.toString(d.receivedAt().getYear()));
        v.put("bookEntry", bookEntry(d));
        v.put("receivedByName", d.receivedByName() == null ? d.receivedBy() : d.receivedByName());
        return RECEIPT.render(v);
    }

    private String supplementRequest(Dossier d, AuditEntry e, Agency agency) {
        Map<String, String> v = common("supplement-request", d, agency, e.at());
        StringBuilder rows = new StringBuilder();
        int i = 1;
        if (e.details().get("requestedDocuments") instanceof List<?> docs) {
            for (Object o : docs) {
                if (o instanceof Map<?, ?> m) {
                    rows.append("<tr><td class=\"num\">").append(i++).append("</td><td>")
                            .append(Template.escape(String.valueOf(m.get("name")))).append("</td><td>")
                            .append(Template.escape(String.valueOf(m.get("reason")))).append("</td></tr>\n");
                }
            }
        }
        v.put("requestedRows", rows.toString());
        v.put("reason", orDash(e.note()));
        // guided before acceptance (an online submission), no time limit runs yet
        v.put("clockNote", Boolean.TRUE.equals(e.details().get("beforeReception"))
                ? "Hồ sơ được tiếp nhận và tính thời hạn giải quyết khi đã bổ sung đầy đủ. "
                : "Thời gian chờ bổ sung không tính vào thời hạn giải quyết. ");
        v.put("officerName", e.userDisplayName());
        v.put("officerAgency", v.get("agencyNameShort"));
        return SUPPLEMENT.render(v);
    }

    private String refusal(Dossier d, AuditEntry e, Agency agency) {
        Map<String, String> v = common("refusal", d, agency, e.at());
        v.put("reason", orDash(e.note()));
        // guided before acceptance (an online submission), no time limit runs yet
        v.put("clockNote", Boolean.TRUE.equals(e.details().get("beforeReception"))
                ? "Hồ sơ được tiếp nhận và tính thời hạn giải quyết khi đã bổ sung đầy đủ. "
                : "Thời gian chờ bổ sung không tính vào thời hạn giải quyết. ");
        v.put("officerName", e.userDisplayName());
        return REFUSAL.render(v);
    }

    /**
     * The letter of the agency whose leader apologized: the one that received the dossier, or in
     * liên thông the one that had it when it ran late, in its own name and under its leader's
     * signature. A dossier's second letter has its own number (…-2).
     */
    private String apology(Dossier d, List<AuditEntry> trail, AuditEntry e, Agency agency,
                           Function<String, Agency> agencies) {
        Agency issuer = e.agencyCode() == null || e.agencyCode().equals(d.agencyCode()) ? agency
                : agencies.apply(e.agencyCode());
        Map<String, String> v = common("apology", d, issuer != null ? issuer : agency, e.at());
        v.put("receivingAgencyName", agency != null ? agency.name() : d.agencyName());
        String set = e.at().toLocalDate().isBefore(formSet2025From) ? "2018" : "2025";
        v.put("unitLine", "");
        long letters = trail.stream().filter(x -> x.action().equals("APOLOGIZE") && x.seq() <= e.seq()).count();
        v.put("number", dayAndNumber(d) + (letters > 1 ? "-" + letters : ""));
        v.put("receivedDate", d.receivedAt() == null ? "—" : DATE.format(d.receivedAt()));
        Object previous = e.details().get("previousDueAt");
        v.put("dueAt", previous == null ? dateTime(d.dueAt()) : dateTime(LocalDateTime.parse(previous.toString())));
        v.put("reason", orDash(e.note()));
        v.put("promise", form(set, "apology", "promise"));
        Object appointment = e.details().get("appointment");
        v.put("appointment", appointment == null ? "—" : dateTime(LocalDateTime.parse(appointment.toString())));
        v.put("officerName", e.userDisplayName());
        return APOLOGY.render(v);
    }

    private String stopNotice(Dossier d, AuditEntry e, Agency agency) {
        Map<String, String> v = common("stop-notice", d, agency, e.at());
        v.put("unitLine", "");
        v.put("receivedDate", d.receivedAt() == null ? "—" : DATE.format(d.receivedAt()));
        v.put("stoppedAt", dateTime(e.at()));
        v.put("reason", orDash(e.note()));
        // guided before acceptance (an online submission), no time limit runs yet
        v.put("clockNote", Boolean.TRUE.equals(e.details().get("beforeReception"))
                ? "Hồ sơ được tiếp nhận và tính thời hạn giải quyết khi đã bổ sung đầy đủ. "
                : "Thời gian chờ bổ sung không tính vào thời hạn giải quyết. ");
        v.put("officerName", e.userDisplayName());
        return STOP.render(v);
    }

    private String control(Dossier d, List<AuditEntry> trail, Agency agency, Function<String, Agency> agencies) {
        Map<String, String> v = common("control", d, agency, d.receivedAt());
        Set<String> partners = new LinkedHashSet<>();
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < trail.size(); i++) {
            AuditEntry e = trail.get(i);
            if (!HAND_OVERS.contains(e.action())) {
                continue;
            }
            AuditEntry next = taker(trail, i, d);
            String where = stepName(d, e.stepCode());
            if (e.details().get("toAgency") != null) {
                Agency to = agencies.apply(e.details().get("toAgency").toString());
                partners.add(to == null ? e.details().get("toAgency").toString() : to.name());
            }
            Timeliness timing = Timeliness.finished(e.stepDueAt(), e.at());
            String taker = next == null ? (e.action().equals("RETURN_RESULT") && d.progress().collectedBy() != null
                    ? d.progress().collectedBy() : "—") : next.userDisplayName();
            rows.append("<tr><td>").append(Template.escape(where)).append("</td><td>")
                    .append(Template.escape(text("handOver.give", e.userDisplayName(), dateTime(e.at()))))
                    .append("<br>").append(Template.escape(text("handOver.take", taker))).append("</td><td class=\"")
                    .append(timing == Timeliness.LATE ? "late" : "").append("\">")
                    .append(timing == null ? "" : Template.escape(text("timeliness." + timing.name())))
                    .append("</td><td>").append(Template.escape(actionNote(e))).append("</td></tr>\n");
        }
        v.put("handOverRows", rows.toString());
        v.put("partners", partners.isEmpty() ? text("none") : String.join(", ", partners));
        v.put("receivedAt", dateTime(d.receivedAt()));
        v.put("timeLimit", timeLimit(d.timeLimit()));
        v.put("dueAt", dateTime(d.dueAt()));
        return CONTROL.render(v);
    }

    /** Entries that record something beside the dossier's way, not someone taking it up. */
    private static final Set<String> BESIDE = Set.of("ATTACH_FILE", "RECALCULATE_DUE", "APOLOGIZE");

    /**
     * Who took up what entry {@code i} handed over: the next official acting on the dossier in the
     * agency it went to (the other agency for a transfer, the receiving one for its return), or null.
     */
    private static AuditEntry taker(List<AuditEntry> trail, int i, Dossier d) {
        AuditEntry e = trail.get(i);
        Object to = e.details().get("toAgency");
        String agency = to != null ? to.toString() : e.action().equals("TRANSFER_BACK") ? d.agencyCode() : null;
        for (int j = i + 1; j < trail.size(); j++) {
            AuditEntry x = trail.get(j);
            if (!BESIDE.contains(x.action()) && (agency == null || agency.equals(x.agencyCode()))) {
                return x;
            }
        }
        return null;
    }

    private static String stepName(Dossier d, String stepCode) {
        if (stepCode != null) {
            for (var s : d.progress().steps()) {
                if (s.code().equals(stepCode)) {
                    return s.name();
                }
            }
        }
        return "Bộ phận tiếp nhận và trả kết quả";
    }

    private static String actionNote(AuditEntry e) {
        String label = switch (e.action()) {
            case "RECEIVE", "ACCEPT" -> "Tiếp nhận hồ sơ";
            case "HAND_OVER" -> "Chuyển hồ sơ";
            case "PROPOSE" -> "Trình kết quả thẩm định";
            case "APPROVE" -> "Phê duyệt, ký kết quả";
            case "SEND_BACK" -> "Trả lại bước trước";
            case "TRANSFER" -> "Chuyển liên thông";
            case "TRANSFER_BACK" -> "Nhận lại hồ sơ liên thông";
            case "REQUEST_SUPPLEMENT" -> "Yêu cầu bổ sung hồ sơ";
            case "SUPPLEMENT" -> "Nhận hồ sơ bổ sung";
            case "RETURN_RESULT" -> "Trả kết quả";
            default -> e.action();
        };
        return e.note() == null ? label : label + ": " + e.note();
    }

    @Override
    public String trackingBook(Agency agency, LocalDate from, LocalDate to, List<Dossier> dossiers) {
        String set = to.isBefore(formSet2025From) ? "2018" : "2025";
        Map<String, String> v = new HashMap<>();
        v.put("css", CSS);
        v.put("title", form(set, "tracking-book", "title"));
        String reference = text("form." + set + ".reference", form(set, "tracking-book", "number"));
        if (from.isBefore(formSet2025From) && !to.isBefore(formSet2025From)) {
            // a book across the change of form sets: each part of it under its own form
            reference = text("book.reference.split", DATE.format(formSet2025From.minusDays(1)),
                    text("form.2018.reference", form("2018", "tracking-book", "number")),
                    DATE.format(formSet2025From), reference);
        }
        v.put("formReference", reference);
        v.put("agencyName", agency.name().toUpperCase(new Locale("vi")));
        v.put("agencyNameShort", agency.name());
        v.put("from", DATE.format(from));
        v.put("to", DATE.format(to));
        v.put("count", Integer.toString(dossiers.size()));
        StringBuilder rows = new StringBuilder();
        for (Dossier d : dossiers) {
            String contact = orDash(d.applicant().address()) + (d.applicant().phone() == null ? ""
                    : "; " + d.applicant().phone());
            String returned = d.progress().returnedAt() == null ? "" : dateTime(d.progress().returnedAt())
                    + (d.progress().collectedBy() == null ? "" : " — " + d.progress().collectedBy());
            // its number in the book is the one its receipt gives ("Số thứ tự"), taken at reception
            rows.append("<tr><td class=\"num\">").append(Template.escape(bookEntry(d))).append("</td>")
                    .append(cell(d.code())).append(cell(d.procedureName())).append("<td class=\"num\">1</td>")
                    .append(cell(d.applicant().fullName())).append(cell(contact)).append(cell(d.agencyName()))
                    .append(cell(d.receivedAt() == null ? dateTime(d.submittedAt()) : dateTime(d.receivedAt())))
                    .append(cell(d.dueAt() == null ? "" : dateTime(d.dueAt()) + reappointment(d)))
                    .append(cell(d.progress().handedOverAt() == null ? "" : dateTime(d.progress().handedOverAt())))
                    .append(cell(d.progress().finishedAt() == null ? "" : dateTime(d.progress().finishedAt())))
                    .append(cell(returned)).append(cell(d.status().label())).append("</tr>\n");
        }
        v.put("bookRows", rows.toString());
        return BOOK.render(v);
    }

    /** After an apology (Mẫu 04), the new appointment beside the legal due date, which does not move. */
    private static String reappointment(Dossier d) {
        LocalDateTime at = d.progress().appointmentAt();
        return at != null && at.isAfter(d.dueAt()) ? text("book.reappointment", dateTime(at)) : "";
    }

    /** Its number in the tracking book: taken at reception; before reception numbers, its code's day and number. */
    private static String bookEntry(Dossier d) {
        return d.progress().receptionNumber() != null ? d.progress().receptionNumber() : dayAndNumber(d);
    }

    /**
     * The code's day and number (261130-0007): the apology letter's number. The number alone
     * restarts every day, so it would repeat.
     */
    private static String dayAndNumber(Dossier d) {
        String prefix = d.agencyCode() + "-";
        return d.code().startsWith(prefix) ? d.code().substring(prefix.length()) : d.code();
    }

    private static String cell(String s) {
        return "<td>" + Template.escape(s) + "</td>";
    }

    private static String documentRows(Dossier d) {
        StringBuilder rows = new StringBuilder();
        int i = 1;
        for (DossierDocument doc : d.documents()) {
            rows.append("<tr><td class=\"n\">").append(i++).append("</td><td>").append(Template.escape(doc.name()))
                    .append("</td><td class=\"n\">").append(doc.originals())
                    .append("</td><td class=\"n\">").append(doc.certifiedCopies())
                    .append("</td><td class=\"n\">").append(doc.copies())
                    .append("</td><td class=\"n\">").append(doc.pages() == 0 ? "" : Integer.toString(doc.pages()))
                    .append("</td></tr>\n");
        }
        return rows.toString();
    }

    static String timeLimit(TimeLimit limit) {
        return text("timeLimit." + limit.unit().name(), String.format("%02d", limit.amount()));
    }

    static String dateTime(LocalDateTime t) {
        if (t == null) {
            return "—";
        }
        return text("dateTime", String.format("%02d", t.getHour()), String.format("%02d", t.getMinute()),
                DATE.format(t));
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? text("empty") : s;
    }

    static String text(String key, Object... args) {
        return TEXTS.text(key, args);
    }
}
