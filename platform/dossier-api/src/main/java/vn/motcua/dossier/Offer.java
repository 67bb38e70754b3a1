package vn.motcua.dossier;

import java.time.LocalDate;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.procedure.OnlineLevel;

/**
 * A line of the province's procedure catalogue (danh mục thủ tục hành chính): which agencies offer a
 * procedure from when to when, announced by which decision (quyết định công bố), with what the
 * province sets itself where the law lets it (phí, lệ phí do HĐND tỉnh quy định; a shorter time).
 *
 * @param procedureCode a national procedure code, or "*" for every installed procedure
 * @param agency an agency code, "level:COMMUNE" (any agency of that level) or "*" (every agency)
 * @param validFrom first day of the offer
 * @param validTo last day, or null when open-ended
 * @param decision the decision that announced it, e.g. "Quyết định số 1234/QĐ-UBND ngày 1/7/2025"
 * @param fee the fee the province set, in đồng, or null
 * @param timeLimit the time limit the province set, or null for the procedure's own
 * @param onlineLevel the online service level the province provides, or null for the procedure's own
 */
public record Offer(String procedureCode, String agency, LocalDate validFrom, LocalDate validTo, String decision,
                    Long fee, TimeLimit timeLimit, OnlineLevel onlineLevel) {

    /** What applies when the province's catalogue is empty: every procedure, everywhere. */
    public static Offer unrestricted(String procedureCode) {
        return new Offer(procedureCode, "*", null, null, null, null, null, null);
    }

    public boolean isValidOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }
}
