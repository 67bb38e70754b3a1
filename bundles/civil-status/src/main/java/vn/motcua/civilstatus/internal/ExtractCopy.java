package vn.motcua.civilstatus.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;

import vn.motcua.procedure.Fee;
import vn.motcua.procedure.Problem;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureDescriptor;
import vn.motcua.procedure.Submission;

/**
 * 2.000635 Cấp bản sao trích lục hộ tịch. 8,000 đ per copy per registered event (copies × events),
 * free for families of người có công với cách mạng, hộ nghèo and người khuyết tật. The copies are
 * printed from the register itself, so this bundle makes no result document for them.
 */
@Component(service = Procedure.class, property = {
        Procedure.PROCEDURE_CODE + "=2.000635",
        Procedure.PROCEDURE_FIELD + "=" + CivilStatus.FIELD })
public class ExtractCopy implements Procedure {

    static final String CODE = "2.000635";
    static final long PER_COPY_PER_EVENT = 8_000;
    /** Beyond this a request is a data-entry error, not a counter request. */
    static final int MAX_COPIES = 100;
    /** The events entered in a civil-status register (Luật Hộ tịch Điều 3 khoản 1), in its order. */
    static final List<String> EVENTS =
            List.of("khai-sinh", "ket-hon", "giam-ho", "nhan-cha-me-con", "thay-doi-cai-chinh", "khai-tu");

    private final ProcedureDescriptor descriptor = CivilStatus.descriptor(CODE);

    @Override
    public ProcedureDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public Fee fee(Submission submission) {
        Set<String> events = events(submission);
        Long copies = copies(submission);
        String exemption = CivilStatus.exemption(submission);
        if (exemption != null) {
            return new Fee(0, List.of(CivilStatus.message("fee.extract.exempt", exemption)));
        }
        if (events.isEmpty() || copies == null || copies < 1 || copies > MAX_COPIES) {
            return new Fee(0, List.of());
        }
        String names = events.stream().map(e -> CivilStatus.message("event." + e)).collect(Collectors.joining(", "));
        return new Fee(PER_COPY_PER_EVENT * copies * events.size(), List.of(CivilStatus.message("fee.extract",
                String.valueOf(copies), String.valueOf(events.size()), names)));
    }

    @Override
    public List<Problem> validate(Submission submission) {
        List<Problem> problems = new ArrayList<>();
        String text = CivilStatus.text(submission, "events");
        if (text != null) {
            Set<String> seen = new LinkedHashSet<>();
            for (String e : text.split(",")) {
                String event = e.strip();
                if (event.isEmpty()) {
                    continue; // "khai-sinh, ket-hon," : a trailing comma is not an event
                }
                if (!EVENTS.contains(event)) {
                    problems.add(new Problem("extract.event", "form.events",
                            CivilStatus.message("extract.events.unknown", event)));
                } else if (!seen.add(event)) {
                    problems.add(new Problem("extract.event-duplicate", "form.events",
                            CivilStatus.message("extract.events.duplicate", event)));
                }
            }
        }
        Long copies = copies(submission);
        if (copies != null && copies < 1) {
            problems.add(new Problem("extract.copies", "form.copies", CivilStatus.message("extract.copies.required")));
        } else if (copies != null && copies > MAX_COPIES) {
            problems.add(new Problem("extract.copies", "form.copies",
                    CivilStatus.message("extract.copies.tooMany", String.valueOf(MAX_COPIES))));
        }
        CivilStatus.checkExemption(submission, problems);
        return problems;
    }

    /** The known events asked for, without repeats, in the order given. */
    static Set<String> events(Submission s) {
        Set<String> events = new LinkedHashSet<>();
        String text = CivilStatus.text(s, "events");
        if (text != null) {
            for (String e : text.split(",")) {
                if (EVENTS.contains(e.strip())) {
                    events.add(e.strip());
                }
            }
        }
        return events;
    }

    /** The copies per event, or null when absent or not a number (the core reports that). */
    private static Long copies(Submission s) {
        String text = CivilStatus.text(s, "copies");
        try {
            return text == null ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
