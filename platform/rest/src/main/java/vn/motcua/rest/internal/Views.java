package vn.motcua.rest.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.dossier.Agency;
import vn.motcua.dossier.AuditEntry;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierDocument;
import vn.motcua.dossier.DossierSummary;
import vn.motcua.procedure.FormField;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureDescriptor;
import vn.motcua.procedure.ProcedureField;
import vn.motcua.procedure.RequiredDocument;
import vn.motcua.procedure.Submission.Applicant;

/** The JSON shapes of the API: the public contract, kept apart from the services' types. */
final class Views {

    private Views() {
    }

    record ProcedureSummaryView(String code, String name, ProcedureField field, TimeLimit timeLimit,
                                String onlineLevel, String onlineLevelLabel, String fee) {
        static ProcedureSummaryView of(Procedure p) {
            ProcedureDescriptor d = p.descriptor();
            return new ProcedureSummaryView(d.code(), d.name(), d.field(), d.timeLimit(), d.onlineLevel().name(),
                    d.onlineLevel().label(), d.feeText());
        }
    }

    record ProcedureView(String code, String name, ProcedureField field, TimeLimit timeLimit, String onlineLevel,
                         String onlineLevelLabel, String fee, List<RequiredDocument> documents,
                         List<FormField> formFields, List<String> legalBasis, LocalDate effectiveFrom,
                         LocalDate effectiveTo) {
        static ProcedureView of(Procedure p) {
            ProcedureDescriptor d = p.descriptor();
            return new ProcedureView(d.code(), d.name(), d.field(), d.timeLimit(), d.onlineLevel().name(),
                    d.onlineLevel().label(), d.feeText(), d.documents(), d.formFields(), d.legalBasis(),
                    d.effectiveFrom(), d.effectiveTo());
        }
    }

    record AgencyView(String code, String name, String level, String levelLabel, String parent,
                      LocalDate validFrom, LocalDate validTo) {
        static AgencyView of(Agency a) {
            return new AgencyView(a.code(), a.name(), a.level().name(), a.level().label(), a.parentCode(),
                    a.validFrom(), a.validTo());
        }
    }

    record DossierView(String code, String status, int statusCode, String statusLabel, String procedureCode,
                       String procedureName, ProcedureField field, String agencyCode, String agencyName,
                       String channel, String channelLabel, Applicant applicant, List<DossierDocument> documents,
                       Map<String, String> form, TimeLimit timeLimit, LocalDateTime receivedAt,
                       LocalDateTime countFrom, LocalDateTime dueAt, long fee, List<String> feeLines,
                       String receivedBy, String receivedByName, long version, String receiptUrl) {
        static DossierView of(Dossier d) {
            return new DossierView(d.code(), d.status().name(), d.status().portalCode(), d.status().label(),
                    d.procedureCode(), d.procedureName(), new ProcedureField(d.fieldCode(), d.fieldName()),
                    d.agencyCode(), d.agencyName(), d.channel().name(), d.channel().label(), d.applicant(),
                    d.documents(), d.form(), d.timeLimit(), d.receivedAt(), d.countFrom(), d.dueAt(), d.fee(),
                    d.feeLines(), d.receivedBy(), d.receivedByName(), d.version(),
                    "/api/dossiers/" + d.code() + "/receipt");
        }
    }

    record DossierSummaryView(String code, String status, int statusCode, String statusLabel,
                              String procedureCode, String procedureName, String agencyCode, String channel,
                              String applicantName, LocalDateTime receivedAt, LocalDateTime dueAt) {
        static DossierSummaryView of(DossierSummary s) {
            return new DossierSummaryView(s.code(), s.status().name(), s.status().portalCode(), s.status().label(),
                    s.procedureCode(), s.procedureName(), s.agencyCode(), s.channel().name(), s.applicantName(),
                    s.receivedAt(), s.dueAt());
        }
    }

    record PageView<T>(List<T> items, int page, int size, long total) {
    }

    record AuditEntryView(int seq, LocalDateTime at, String user, String userName, String role, String roleLabel,
                          String agencyCode, String action, String fromStatus, String toStatus, String note,
                          LocalDateTime stepDueAt) {
        static AuditEntryView of(AuditEntry e) {
            return new AuditEntryView(e.seq(), e.at(), e.userName(), e.userDisplayName(), e.role().name(),
                    e.role().label(), e.agencyCode(), e.action(),
                    e.fromStatus() == null ? null : e.fromStatus().name(), e.toStatus().name(), e.note(),
                    e.stepDueAt());
        }
    }

    record ErrorView(int status, String error, String message, List<?> problems) {
    }
}
