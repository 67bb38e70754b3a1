package vn.motcua.slips.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.dossier.Agency;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierDocument;
import vn.motcua.slips.SlipRenderer;

/** The slips of Circular 01/2018/TT-VPCP as A4 HTML. */
@Component(service = SlipRenderer.class, configurationPid = HtmlSlipRenderer.PID)
@Designate(ocd = HtmlSlipRenderer.Config.class)
public class HtmlSlipRenderer implements SlipRenderer {

    static final String PID = "vn.motcua.slips";

    @ObjectClassDefinition(name = "motcua: slips (phiếu, giấy tờ in)", description = "Printed slips")
    public @interface Config {
        @AttributeDefinition(name = "Place name (địa danh)",
                description = "Printed before the date on every slip, e.g. 'Bắc Ninh'")
        String placeName() default "Bắc Ninh";
    }

    private static final Template RECEIPT = Template.load("mau-01.html");
    private static final Properties TEXTS = texts();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private volatile String placeName;

    @Activate
    public HtmlSlipRenderer(Config config) {
        placeName = config.placeName();
    }

    @Modified
    void modified(Config config) {
        placeName = config.placeName();
    }

    @Override
    public String receipt(Dossier d, Agency agency) {
        Map<String, String> v = new HashMap<>();
        String agencyName = agency != null ? agency.name() : d.agencyName();
        v.put("code", d.code());
        v.put("agencyName", agencyName.toUpperCase(new Locale("vi")));
        v.put("agencyNameShort", agencyName);
        v.put("place", placeName);
        LocalDateTime r = d.receivedAt();
        v.put("day", String.format("%02d", r.getDayOfMonth()));
        v.put("month", String.format("%02d", r.getMonthValue()));
        v.put("year", Integer.toString(r.getYear()));
        v.put("applicantName", d.applicant().fullName());
        v.put("channel", d.channel().label());
        v.put("address", orDash(d.applicant().address()));
        v.put("phone", orDash(d.applicant().phone()));
        v.put("email", orDash(d.applicant().email()));
        v.put("idNumber", d.applicant().idNumber());
        v.put("procedureName", d.procedureName());
        v.put("procedureCode", d.procedureCode());
        v.put("fieldName", d.fieldName());
        v.put("documentRows", documentRows(d));
        v.put("timeLimit", timeLimit(d.timeLimit()));
        v.put("receivedAt", dateTime(d.receivedAt()));
        v.put("dueAt", dateTime(d.dueAt()));
        v.put("fee", d.fee() == 0 ? text("fee.free")
                : text("fee.amount", dong(d.fee()), String.join("; ", d.feeLines())));
        v.put("returnAt", text("returnAt." + d.channel().name(), agencyName));
        v.put("bookNumber", Integer.toString(r.getYear()));
        v.put("bookEntry", d.code().substring(d.code().lastIndexOf('-') + 1));
        v.put("receivedByName", d.receivedByName() == null ? d.receivedBy() : d.receivedByName());
        return RECEIPT.render(v);
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
        return text("dateTime", String.format("%02d", t.getHour()), String.format("%02d", t.getMinute()),
                DATE.format(t));
    }

    static String dong(long amount) {
        return NumberFormat.getIntegerInstance(Locale.GERMANY).format(amount);
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? text("empty") : s;
    }

    static String text(String key, Object... args) {
        String pattern = TEXTS.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("slips.properties has no key " + key);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    private static Properties texts() {
        Properties p = new Properties();
        try (InputStream in = HtmlSlipRenderer.class.getResourceAsStream("slips.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
