package vn.motcua.dossier.core.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.calendar.Deadline;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.Agency;
import vn.motcua.dossier.AgencyDirectory;
import vn.motcua.dossier.AuditEntry;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierDocument;
import vn.motcua.dossier.DossierQuery;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierSummary;
import vn.motcua.dossier.ForbiddenException;
import vn.motcua.dossier.NotFoundException;
import vn.motcua.dossier.Page;
import vn.motcua.dossier.ProcedureCatalog;
import vn.motcua.dossier.ReceptionRequest;
import vn.motcua.dossier.Role;
import vn.motcua.dossier.ValidationException;
import vn.motcua.dossier.core.internal.persistence.AuditEntryEntity;
import vn.motcua.dossier.core.internal.persistence.DocumentRow;
import vn.motcua.dossier.core.internal.persistence.DossierEntity;
import vn.motcua.dossier.core.internal.persistence.DossierRepository;
import vn.motcua.procedure.Fee;
import vn.motcua.procedure.Problem;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureDescriptor;
import vn.motcua.procedure.RequiredDocument;
import vn.motcua.procedure.Submission;
import vn.motcua.procedure.Submission.Applicant;
import vn.motcua.procedure.Submission.SubmittedDocument;

/** Reception and reading of dossiers. */
@Component(service = DossierService.class)
public class DossierServiceImpl implements DossierService {

    /** Vietnam has kept UTC+7 without daylight saving since 1975. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String ACTION_RECEIVE = "RECEIVE";

    private final WorkingCalendar calendar;
    private final ProcedureCatalog procedures;
    private final AgencyDirectory agencies;
    private final DossierRepository repository;
    private final Clock clock;

    @Activate
    public DossierServiceImpl(@Reference WorkingCalendar calendar, @Reference ProcedureCatalog procedures,
                              @Reference AgencyDirectory agencies, @Reference DossierRepository repository) {
        this(calendar, procedures, agencies, repository, Clock.system(ZONE));
    }

    DossierServiceImpl(WorkingCalendar calendar, ProcedureCatalog procedures, AgencyDirectory agencies,
                       DossierRepository repository, Clock clock) {
        this.calendar = calendar;
        this.procedures = procedures;
        this.agencies = agencies;
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public Dossier receive(ReceptionRequest request, Actor actor) {
        return receive(request, actor, LocalDateTime.now(clock).withNano(0));
    }

    @Override
    public Dossier receive(ReceptionRequest request, Actor actor, LocalDateTime receivedAt) {
        Role acting = receptionRole(actor, request.agencyCode());
        LocalDate day = receivedAt.toLocalDate();
        Procedure procedure = procedures.find(request.procedureCode()).orElse(null);
        ProcedureDescriptor descriptor = procedure == null ? null : procedure.descriptor();
        Agency agency = agencies.find(request.agencyCode()).orElse(null);

        List<Problem> problems = ReceptionValidator.validate(request, descriptor, agency, day);
        Submission submission = submission(request, receivedAt);
        if (procedure != null && request.applicant() != null) {
            problems.addAll(procedure.validate(submission));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }

        Deadline deadline = calendar.due(receivedAt, descriptor.timeLimit());
        Fee fee = procedure.fee(submission);

        DossierEntity d = new DossierEntity();
        d.setProcedureCode(descriptor.code());
        d.setProcedureName(descriptor.name());
        d.setFieldCode(descriptor.field().code());
        d.setFieldName(descriptor.field().name());
        d.setAgencyCode(agency.code());
        d.setAgencyName(agency.name());
        d.setChannel(request.channel());
        d.setStatus(DossierStatus.RECEIVED);
        Applicant a = submission.applicant();
        d.setApplicantName(a.fullName());
        d.setApplicantIdNumber(a.idNumber());
        d.setApplicantPhone(a.phone());
        d.setApplicantAddress(a.address());
        d.setApplicantEmail(a.email());
        d.setFormJson(FormCodec.write(submission.form()));
        d.setTimeLimitAmount(descriptor.timeLimit().amount());
        d.setTimeLimitUnit(descriptor.timeLimit().unit());
        d.setReceivedAt(receivedAt);
        d.setCountFrom(deadline.countFrom());
        d.setDueAt(deadline.dueAt());
        d.setFee(fee.amount());
        d.setFeeLines(String.join("\n", fee.lines()));
        d.setReceivedBy(actor.userName());
        d.setReceivedByName(actor.displayName());
        for (SubmittedDocument s : submission.documents()) {
            RequiredDocument r = descriptor.document(s.code());
            d.getDocuments().add(new DocumentRow(s.code(), r.name(), s.originals(), s.certifiedCopies(), s.copies(),
                    s.pages()));
        }
        AuditEntryEntity first = new AuditEntryEntity(1, receivedAt, actor.userName(), actor.displayName(),
                acting, actor.agencyCode(), ACTION_RECEIVE, null, DossierStatus.RECEIVED, null,
                deadline.dueAt());
        repository.insertReceived(d, first);
        return toDossier(d);
    }

    /** Only a reception clerk receives, and only for the clerk's own agency (or the system, anywhere). */
    private static Role receptionRole(Actor actor, String agencyCode) {
        if (actor.hasRole(Role.SYSTEM)) {
            return Role.SYSTEM;
        }
        if (!actor.hasRole(Role.RECEPTION_CLERK)) {
            throw new ForbiddenException(CoreMessages.text("access.receive.role"));
        }
        if (agencyCode != null && !agencyCode.equals(actor.agencyCode())) {
            throw new ForbiddenException(CoreMessages.text("access.receive.agency", actor.agencyCode()));
        }
        return Role.RECEPTION_CLERK;
    }

    /** Whether the actor may see and act on dossiers of this agency. */
    private boolean mayAccess(Actor actor, String agencyCode) {
        return actor.seesWholeProvince() || agencies.scope(actor.agencyCode()).contains(agencyCode);
    }

    /** The request as the field bundle sees it: trimmed text, no null entries. */
    private static Submission submission(ReceptionRequest r, LocalDateTime receivedAt) {
        Applicant a = r.applicant();
        Applicant applicant = a == null ? null : new Applicant(strip(a.fullName()), strip(a.idNumber()),
                a.phone() == null || a.phone().isBlank() ? null : ReceptionValidator.normalizePhone(a.phone()),
                blankToNull(a.address()), blankToNull(a.email()));
        List<SubmittedDocument> documents = new ArrayList<>();
        if (r.documents() != null) {
            for (SubmittedDocument s : r.documents()) {
                if (s != null && s.code() != null) {
                    documents.add(s);
                }
            }
        }
        Map<String, String> form = new HashMap<>();
        if (r.form() != null) {
            r.form().forEach((k, v) -> {
                if (k != null && v != null) {
                    form.put(k, v.strip());
                }
            });
        }
        return new Submission(r.procedureCode(), receivedAt, applicant, documents, form);
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public Dossier get(String code, Actor actor) {
        Dossier d = repository.find(code, DossierServiceImpl::toDossier)
                .orElseThrow(() -> new NotFoundException("dossier.not-found", "Không có hồ sơ mã " + code + "."));
        if (!mayAccess(actor, d.agencyCode())) {
            throw new ForbiddenException(CoreMessages.text("access.agency", code));
        }
        return d;
    }

    @Override
    public Page<DossierSummary> search(DossierQuery query, Actor actor) {
        if (actor.seesWholeProvince()) {
            return repository.search(query, null);
        }
        Set<String> scope = agencies.scope(actor.agencyCode());
        if (scope.isEmpty() || (query.agencyCode() != null && !scope.contains(query.agencyCode()))) {
            return new Page<>(List.of(), query.page(), query.size(), 0);
        }
        return repository.search(query, query.agencyCode() != null ? null : scope);
    }

    @Override
    public List<AuditEntry> audit(String code, Actor actor) {
        get(code, actor);
        List<AuditEntry> entries = new ArrayList<>();
        for (AuditEntryEntity e : repository.audit(code)) {
            entries.add(new AuditEntry(e.getSeq(), e.getActedAt(), e.getUserName(), e.getUserDisplayName(),
                    e.getRole(), e.getAgencyCode(), e.getAction(), e.getFromStatus(), e.getToStatus(), e.getNote(),
                    e.getStepDueAt()));
        }
        return entries;
    }

    static Dossier toDossier(DossierEntity d) {
        List<DossierDocument> documents = new ArrayList<>(d.getDocuments().size());
        for (DocumentRow r : d.getDocuments()) {
            documents.add(new DossierDocument(r.getCode(), r.getName(), r.getOriginals(), r.getCertifiedCopies(),
                    r.getCopies(), r.getPages()));
        }
        String feeLines = d.getFeeLines();
        return new Dossier(d.getCode(), d.getProcedureCode(), d.getProcedureName(), d.getFieldCode(),
                d.getFieldName(), d.getAgencyCode(), d.getAgencyName(), d.getChannel(), d.getStatus(),
                new Applicant(d.getApplicantName(), d.getApplicantIdNumber(), d.getApplicantPhone(),
                        d.getApplicantAddress(), d.getApplicantEmail()),
                documents, FormCodec.read(d.getFormJson()), new TimeLimit(d.getTimeLimitAmount(), d.getTimeLimitUnit()),
                d.getReceivedAt(), d.getCountFrom(), d.getDueAt(), d.getFee(),
                feeLines == null || feeLines.isEmpty() ? List.of() : List.of(feeLines.split("\n")),
                d.getReceivedBy(), d.getReceivedByName(), d.getVersion());
    }
}
