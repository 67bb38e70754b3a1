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
import vn.motcua.dossier.Progress;
import vn.motcua.dossier.Timeliness;
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
                       Map<String, String> form, TimeLimit timeLimit, LocalDateTime submittedAt,
                       LocalDateTime receivedAt, LocalDateTime countFrom, LocalDateTime dueAt, long fee,
                       List<String> feeLines, String receivedBy, String receivedByName, String receptionNumber,
                       long version, String timeliness, String timelinessLabel, ProgressView progress,
                       String receiptUrl, List<ActionView> allowedActions) {
        static DossierView of(Dossier d) {
            return of(d, null);
        }

        /** With the actions the caller may take now (null: not computed for this answer). */
        static DossierView of(Dossier d, List<vn.motcua.dossier.Action> allowed) {
            Timeliness t = timelinessOf(d);
            return new DossierView(d.code(), d.status().name(), d.status().portalCode(), d.status().label(),
                    d.procedureCode(), d.procedureName(), new ProcedureField(d.fieldCode(), d.fieldName()),
                    d.agencyCode(), d.agencyName(), d.channel().name(), d.channel().label(), d.applicant(),
                    d.documents(), d.form(), d.timeLimit(), d.submittedAt(), d.receivedAt(), d.countFrom(), d.dueAt(),
                    d.fee(), d.feeLines(), d.receivedBy(), d.receivedByName(), d.progress().receptionNumber(),
                    d.version(),
                    t == null ? null : t.name(), t == null ? null : t.label(), ProgressView.of(d.progress()),
                    "/api/dossiers/" + d.code() + "/receipt",
                    allowed == null ? null : allowed.stream().map(ActionView::of).toList());
        }
    }

    /** An action with its Vietnamese label. */
    record ActionView(String action, String label) {
        static ActionView of(vn.motcua.dossier.Action a) {
            return new ActionView(a.name(), a.label());
        }
    }

    /** A scanned file of a dossier's document. */
    record FileView(long id, String document, String name, String contentType, long size, String sha256,
                    LocalDateTime uploadedAt, String uploadedBy, String uploadedByName, String url) {
        static FileView of(vn.motcua.dossier.DossierFile f, String base) {
            return new FileView(f.id(), f.documentCode(), f.name(), f.contentType(), f.size(), f.sha256(),
                    f.uploadedAt(), f.uploadedBy(), f.uploadedByName(), base + "/" + f.id());
        }
    }

    /** Early, on time or late once finished; within time or overdue while open. */
    static Timeliness timelinessOf(Dossier d) {
        if (d.progress().finishedAt() != null) {
            return d.status() == vn.motcua.dossier.DossierStatus.RESULT_READY
                    || d.status() == vn.motcua.dossier.DossierStatus.RETURNED
                    ? Timeliness.finished(d.dueAt(), d.progress().finishedAt()) : null;
        }
        return Timeliness.open(d.dueAt(), LocalDateTime.now(ZONE));
    }

    static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

    record StepView(String code, String name, String role, int sharePercent) {
    }

    record ProgressView(List<StepView> steps, int stepIndex, String stepCode, String stepName,
                        LocalDateTime stepStartedAt, LocalDateTime stepDueAt, String assignee, boolean clockRunning,
                        LocalDateTime handedOverAt, LocalDateTime appointmentAt, LocalDateTime finishedAt,
                        LocalDateTime returnedAt, String collectedBy, String result, String registerEntry,
                        String transferAgency, LocalDateTime transferDueAt) {
        static ProgressView of(Progress p) {
            var step = p.step();
            return new ProgressView(p.steps().stream().map(s -> new StepView(s.code(), s.name(), s.role().name(),
                    s.sharePercent())).toList(), p.stepIndex(), step == null ? null : step.code(),
                    step == null ? null : step.name(), p.stepStartedAt(), p.stepDueAt(), p.assignee(),
                    p.clockRunning(), p.handedOverAt(), p.appointmentAt(), p.finishedAt(), p.returnedAt(),
                    p.collectedBy(), p.result(), p.registerEntry(), p.transferAgencyCode(), p.transferDueAt());
        }
    }

    record DossierSummaryView(String code, String status, int statusCode, String statusLabel,
                              String procedureCode, String procedureName, String agencyCode, String channel,
                              String applicantName, LocalDateTime submittedAt, LocalDateTime dueAt, String stepName,
                              String stepRole, String assignee, String transferAgency,
                              LocalDateTime transferDueAt, boolean backFromSupplement) {
        static DossierSummaryView of(DossierSummary s) {
            return new DossierSummaryView(s.code(), s.status().name(), s.status().portalCode(), s.status().label(),
                    s.procedureCode(), s.procedureName(), s.agencyCode(), s.channel().name(), s.applicantName(),
                    s.submittedAt(), s.dueAt(), s.stepName(), s.stepRole(), s.assignee(), s.transferAgencyCode(),
                    s.transferDueAt(), s.backFromSupplement());
        }
    }

    record PageView<T>(List<T> items, int page, int size, long total) {
    }

    /** A notice to the applicant, what it said and what became of it. */
    record NoticeView(int seq, String event, LocalDateTime createdAt, String phone, String email, String subject,
                      String text, String state, String stateLabel, LocalDateTime sentAt, int attempts,
                      LocalDateTime nextAttemptAt, String lastError) {
        private static final Map<String, String> LABELS = Map.of(
                vn.motcua.notice.NoticeDelivery.SENT, "Đã gửi",
                vn.motcua.notice.NoticeDelivery.PARTLY_SENT, "Đã gửi tin nhắn; thư điện tử đang gửi lại",
                vn.motcua.notice.NoticeDelivery.RETRYING, "Chưa gửi được, sẽ gửi lại",
                vn.motcua.notice.NoticeDelivery.WAITING, "Đang chờ gửi");

        static NoticeView of(vn.motcua.notice.NoticeDelivery d) {
            vn.motcua.notice.ApplicantNotice n = d.notice();
            return new NoticeView(n.seq(), n.event(), n.createdAt(), n.phone(), n.email(), n.subject(), n.text(),
                    d.state(), LABELS.getOrDefault(d.state(), d.state()), d.sentAt(), d.attempts(), d.nextAttemptAt(),
                    d.lastError());
        }
    }

    record AuditEntryView(int seq, LocalDateTime at, String user, String userName, String role, String roleLabel,
                          String agencyCode, String action, String fromStatus, String toStatus, String toStatusLabel,
                          String stepCode, String note, LocalDateTime stepDueAt, String timeliness,
                          Map<String, Object> details) {
        static AuditEntryView of(AuditEntry e) {
            Timeliness t = Timeliness.finished(e.stepDueAt(), e.at());
            return new AuditEntryView(e.seq(), e.at(), e.userName(), e.userDisplayName(), e.role().name(),
                    e.role().label(), e.agencyCode(), e.action(),
                    e.fromStatus() == null ? null : e.fromStatus().name(), e.toStatus().name(), e.toStatus().label(),
                    e.stepCode(),
                    e.note(), e.stepDueAt(), t == null ? null : t.name(), e.details());
        }
    }

    /** An error answer; {@code current} is the dossier as it is now, on a refused transition. */
    record ErrorView(int status, String error, String message, List<?> problems, DossierView current) {
        ErrorView(int status, String error, String message, List<?> problems) {
            this(status, error, message, problems, null);
        }
    }
}
