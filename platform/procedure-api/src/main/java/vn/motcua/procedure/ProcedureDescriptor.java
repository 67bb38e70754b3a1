package vn.motcua.procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import vn.motcua.calendar.TimeLimit;

/**
 * The published data of a procedure, as in the national procedure database (CSDLQG về TTHC).
 *
 * @param code national procedure code (mã TTHC), e.g. {@code 2.000815}
 * @param name Vietnamese name
 * @param field the procedure field (lĩnh vực)
 * @param timeLimit legal time limit
 * @param documents required documents (thành phần hồ sơ)
 * @param formFields what the applicant fills in beyond name, ID number, phone and address
 * @param onlineLevel the level of online public service
 * @param legalBasis legal basis (căn cứ pháp lý), one instrument per entry
 * @param feeText the fee as published, in Vietnamese (e.g. "2.000 đồng/trang …")
 * @param effectiveFrom first day the procedure may be received
 * @param effectiveTo last day it may be received, or null when open-ended
 * @param process the internal process; empty for {@link ProcessStep#DEFAULT}
 * @param supplementRequestsPerUnit how many times each processing unit may ask the applicant for
 *     more documents (Decree 61/2018: once, unless the procedure's own law allows more)
 * @param result what the procedure produces and the register it is entered in, or null
 */
public record ProcedureDescriptor(String code, String name, ProcedureField field, TimeLimit timeLimit,
                                  List<RequiredDocument> documents, List<FormField> formFields,
                                  OnlineLevel onlineLevel, List<String> legalBasis, String feeText,
                                  LocalDate effectiveFrom, LocalDate effectiveTo, List<ProcessStep> process,
                                  int supplementRequestsPerUnit, ResultSpec result) {

    /** A descriptor with the default process and one supplement request per processing unit. */
    public ProcedureDescriptor(String code, String name, ProcedureField field, TimeLimit timeLimit,
                               List<RequiredDocument> documents, List<FormField> formFields,
                               OnlineLevel onlineLevel, List<String> legalBasis, String feeText,
                               LocalDate effectiveFrom, LocalDate effectiveTo) {
        this(code, name, field, timeLimit, documents, formFields, onlineLevel, legalBasis, feeText, effectiveFrom,
                effectiveTo, List.of(), 1, null);
    }

    public ProcedureDescriptor {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(onlineLevel, "onlineLevel");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        documents = List.copyOf(documents);
        formFields = List.copyOf(formFields);
        legalBasis = List.copyOf(legalBasis);
        process = process == null || process.isEmpty() ? ProcessStep.DEFAULT : ProcessStep.check(code, process);
        if (supplementRequestsPerUnit < 1) {
            throw new IllegalArgumentException(code + ": số lần yêu cầu bổ sung mỗi đơn vị (supplementRequestsPerUnit) phải ít nhất là 1");
        }
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (RequiredDocument d : documents) {
            if (!codes.add(d.code())) {
                // a dossier's documents are told apart by their code (checklist, supplement request, files)
                throw new IllegalArgumentException(code + ": hai thành phần hồ sơ cùng mã " + d.code());
            }
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        for (FormField f : formFields) {
            if (!names.add(f.name())) {
                // the form's values are keyed by name: a second field of that name could never be filled apart
                throw new IllegalArgumentException(code + ": hai trường biểu mẫu cùng tên " + f.name());
            }
        }
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException(code + ": ngày hết hiệu lực (effectiveTo) trước ngày có hiệu lực (effectiveFrom)");
        }
    }

    /** Whether the procedure may be received on {@code date}. */
    public boolean isEffectiveOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    /** The required document with this code, or null. */
    public RequiredDocument document(String documentCode) {
        for (RequiredDocument d : documents) {
            if (d.code().equals(documentCode)) {
                return d;
            }
        }
        return null;
    }
}
