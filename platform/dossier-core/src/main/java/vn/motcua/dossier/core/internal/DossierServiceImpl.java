package vn.motcua.dossier.core.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
import vn.motcua.dossier.InvalidTransitionException;
import vn.motcua.dossier.NotFoundException;
import vn.motcua.dossier.Offer;
import vn.motcua.dossier.ProvinceCatalogue;
import vn.motcua.dossier.Page;
import vn.motcua.dossier.ProcedureFailureException;
import vn.motcua.dossier.ProcedureCatalog;
import vn.motcua.dossier.Progress;
import vn.motcua.dossier.ReceptionRequest;
import vn.motcua.dossier.Role;
import vn.motcua.dossier.TransitionRequest;
import vn.motcua.dossier.UserAccount;
import vn.motcua.dossier.UserDirectory;
import vn.motcua.dossier.ValidationException;
import vn.motcua.dossier.core.internal.persistence.AuditEntryEntity;
import vn.motcua.dossier.core.internal.persistence.ConcurrentChangeException;
import vn.motcua.dossier.core.internal.persistence.DocumentRow;
import vn.motcua.dossier.core.internal.persistence.DossierEntity;
import vn.motcua.dossier.core.internal.persistence.DossierRepository;
import vn.motcua.dossier.core.internal.portal.PortalPayloads;
import vn.motcua.procedure.Fee;
import vn.motcua.procedure.OnlineLevel;
import vn.motcua.procedure.Problem;
import vn.motcua.procedure.ProcessStep;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureDescriptor;
import vn.motcua.procedure.RequiredDocument;
import vn.motcua.procedure.ResultSpec;
import vn.motcua.procedure.Submission;
import vn.motcua.procedure.Submission.Applicant;
import vn.motcua.procedure.Submission.SubmittedDocument;

/** Reception, the lifecycle and reading of dossiers, with the access rules of the one-stop. */
@Component(service = DossierService.class)
public class DossierServiceImpl implements DossierService {

    private static final Logger LOG = LoggerFactory.getLogger(DossierServiceImpl.class);

    /** Vietnam has kept UTC+7 without daylight saving since 1975. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String ACTION_RECEIVE = "RECEIVE";
    static final String ACTION_SUBMIT = "SUBMIT";

    private final WorkingCalendar calendar;
    private final ProcedureCatalog procedures;
    private final AgencyDirectory agencies;
    private final ProvinceCatalogue catalogue;
    private final UserDirectory users;
    private final DossierRepository repository;
    private final Lifecycle lifecycle;
    private final Clock clock;

    @Activate
    public DossierServiceImpl(@Reference WorkingCalendar calendar, @Reference ProcedureCatalog procedures,
                              @Reference AgencyDirectory agencies, @Reference ProvinceCatalogue catalogue,
                              @Reference DossierRepository repository, @Reference UserDirectory users) {
        this(calendar, procedures, agencies, catalogue, repository, users, Clock.system(ZONE));
    }

    DossierServiceImpl(WorkingCalendar calendar, ProcedureCatalog procedures, AgencyDirectory agencies,
                       ProvinceCatalogue catalogue, DossierRepository repository, UserDirectory users, Clock clock) {
        this.calendar = calendar;
        this.procedures = procedures;
        this.agencies = agencies;
        this.catalogue = catalogue;
        this.users = users;
        this.repository = repository;
        this.clock = clock;
        this.lifecycle = new Lifecycle(new Lifecycle.Context(calendar,
                (code, day) -> agencies.find(code).filter(a -> a.isValidOn(day)).isPresent(),
                name -> users.find(name).filter(UserAccount::enabled).map(UserAccount::actor).orElse(null),
                (procedure, document) -> procedures.find(procedure).map(p -> p.descriptor().document(document))
                        .map(RequiredDocument::name).orElse(null),
                procedure -> procedures.find(procedure).isPresent()));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    @Override
    public Dossier receive(ReceptionRequest request, Actor actor) {
        return receive(request, actor, now());
    }

    @Override
    public Dossier receive(ReceptionRequest request, Actor actor, LocalDateTime receivedAt) {
        Role acting = receptionRole(actor, request.agencyCode());
        return store(request, actor, acting, receivedAt, true);
    }

    @Override
    public Dossier submit(ReceptionRequest request, Actor applicant) {
        return submit(request, applicant, now());
    }

    @Override
    public Dossier submit(ReceptionRequest request, Actor applicant, LocalDateTime submittedAt) {
        return store(request, applicant, Role.CITIZEN, submittedAt, false);
    }

    /** Validates a request and stores it as received (counter, post) or as submitted online. */
    private Dossier store(ReceptionRequest asSent, Actor actor, Role acting, LocalDateTime at, boolean received) {
        ReceptionRequest request = ReceptionValidator.composed(asSent);
        LocalDate day = at.toLocalDate();
        Procedure procedure = procedures.find(request.procedureCode()).orElse(null);
        ProcedureDescriptor descriptor = procedure == null ? null : procedure.descriptor();
        Agency agency = agencies.find(request.agencyCode()).orElse(null);
        if (descriptor != null) {
            request = ReceptionValidator.withChoicesAsListed(request, descriptor);
        }

        Offer offer = descriptor == null || agency == null ? null
                : catalogue.offer(descriptor.code(), agency, day).orElse(null);
        if (!received && offer != null
                && (offer.onlineLevel() != null ? offer.onlineLevel() : descriptor.onlineLevel()) == OnlineLevel.NONE) {
            // said first, before documents and form: the citizen has to come to the counter for this one
            throw new ValidationException(List.of(
                    CoreMessages.problem("procedure.notOnline", "procedureCode", descriptor.code())));
        }
        List<Problem> problems = ReceptionValidator.validate(request, descriptor, agency, day);
        if (descriptor != null && agency != null && problems.isEmpty() && offer == null) {
            problems.add(CoreMessages.problem("procedure.notOffered", "procedureCode", descriptor.code(),
                    agency.name()));
        }
        Submission submission = submission(request, at, offer == null ? null : offer.fee());
        if (procedure != null && request.applicant() != null) {
            try {
                addOwnProblems(problems, procedure.validate(submission));
            } catch (RuntimeException e) {
                if (problems.isEmpty()) {
                    throw failure(procedure, "kiểm tra hồ sơ", e);
                }
                // it read a value the core has already refused: the clerk gets the core's problems
                LOG.warn("Procedure {} ({}) threw from validate() on a request with problems already found: {}",
                        request.procedureCode(), ProcedureRegistry.origin(procedure), e.toString());
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Fee fee;
        try {
            fee = procedure.fee(submission);
        } catch (RuntimeException e) {
            throw failure(procedure, "tính phí, lệ phí", e);
        }
        TimeLimit limit = offer.timeLimit() != null ? offer.timeLimit() : descriptor.timeLimit();

        DossierEntity d = new DossierEntity();
        d.setProcedureCode(descriptor.code());
        d.setProcedureName(descriptor.name());
        d.setFieldCode(descriptor.field().code());
        d.setFieldName(descriptor.field().name());
        d.setAgencyCode(agency.code());
        d.setAgencyName(agency.name());
        d.setChannel(request.channel());
        Applicant a = submission.applicant();
        d.setApplicantName(a.fullName());
        d.setApplicantIdNumber(a.idNumber());
        d.setApplicantPhone(a.phone());
        d.setApplicantAddress(a.address());
        d.setApplicantEmail(a.email());
        d.setFormJson(FormCodec.write(submission.form()));
        d.setTimeLimitAmount(limit.amount());
        d.setTimeLimitUnit(limit.unit());
        d.setProcessJson(FormCodec.writeSteps(descriptor.process()));
        d.setResultSpec(FormCodec.writeResult(descriptor.result()));
        d.setSupplementLimit(descriptor.supplementRequestsPerUnit());
        d.setSubmittedAt(at);
        d.setFee(fee.amount());
        d.setFeeLines(String.join("\n", fee.lines()));
        d.setReceivedBy(actor.userName());
        d.setReceivedByName(actor.displayName());
        for (SubmittedDocument s : submission.documents()) {
            RequiredDocument r = descriptor.document(s.code());
            d.getDocuments().add(new DocumentRow(s.code(), r.name(), s.originals(), s.certifiedCopies(), s.copies(),
                    s.pages()));
        }
        d.setStepIndex(0);
        d.setStepRole(descriptor.process().get(0).role().name());
        d.setAuditCount(1);
        LocalDateTime stepDue = null;
        if (received) {
            d.setStatus(DossierStatus.RECEIVED);
            d.setReceivedAt(at);
            Deadline deadline = calendar.due(at, limit);
            lifecycle.clock().start(d, deadline);
            d.setStepStartedAt(at);
            d.setStepDueAt(lifecycle.clock().stepDue(d, descriptor.process(), 0));
            stepDue = d.getStepDueAt();
        } else {
            d.setStatus(DossierStatus.SUBMITTED);
        }
        AuditEntryEntity first = new AuditEntryEntity(1, at, actor.userName(), actor.displayName(), acting,
                actor.agencyCode(), received ? ACTION_RECEIVE : ACTION_SUBMIT, null, d.getStatus(),
                descriptor.process().get(0).code(), null, stepDue, null);
        repository.insertReceived(d, first, stored -> actor.isSimulation() ? List.of()
                : PortalPayloads.messages(stored, List.of(first), true, actor),
                received ? StatsDeltas.received(d, at) : null);
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

    /**
     * Whether the actor may see a dossier: it belongs to, or is transferred to, the actor's agency
     * or an agency under it. Citizens reach their own dossiers only through the public lookup.
     */
    private boolean mayAccess(Actor actor, String agencyCode, String transferAgency) {
        if (actor.seesWholeProvince()) {
            return true;
        }
        if (actor.hasRole(Role.CITIZEN)) {
            return true;
        }
        Set<String> scope = agencies.scope(actor.agencyCode());
        return scope.contains(agencyCode) || (transferAgency != null && scope.contains(transferAgency));
    }

    /** The document codes the dossier's last supplement request asked for, with the names it gave them. */
    private Map<String, String> lastRequested(String code) {
        Map<String, String> codes = Map.of();
        for (AuditEntryEntity e : repository.audit(code)) {
            if (e.getAction().equals(vn.motcua.dossier.Action.REQUEST_SUPPLEMENT.name())) {
                codes = FormCodec.requestedNames(FormCodec.readObject(e.getDetails()));
            }
        }
        return codes;
    }

    /**
     * The declaration (tờ khai) with a supplement's corrections: each named field takes its new value
     * (an empty one clears it), checked as at reception, by the core and by the field bundle, for the
     * declaration's fields (its papers were checked when they came).
     *
     * @throws ValidationException when a value is wrong, or the procedure's bundle is not installed
     */
    private Map<String, String> correctedForm(DossierEntity d, Map<String, String> was, Map<String, String> corrections,
                                              LocalDateTime at) {
        Procedure procedure = procedures.find(d.getProcedureCode()).orElse(null);
        if (procedure == null) {
            throw new ValidationException(List.of(CoreMessages.problem("form.procedureAway", "form",
                    d.getProcedureCode())));
        }
        Map<String, String> merged = new java.util.LinkedHashMap<>(was);
        corrections.forEach((k, v) -> {
            if (k == null || v == null || v.isBlank()) {
                merged.remove(k);
            } else {
                merged.put(k, v.strip());
            }
        });
        ReceptionRequest request = ReceptionValidator.withChoicesAsListed(ReceptionValidator.composed(
                new ReceptionRequest(d.getProcedureCode(), d.getAgencyCode(), d.getChannel(), applicant(d),
                        submittedDocuments(d), merged)), procedure.descriptor());
        List<Problem> problems = ReceptionValidator.formProblems(request.form(), procedure.descriptor());
        List<Problem> own;
        try {
            own = procedure.validate(submission(request, d.getReceivedAt() != null ? d.getReceivedAt() : at, null));
        } catch (RuntimeException e) {
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            throw failure(procedure, "kiểm tra tờ khai", e);
        }
        List<Problem> ownOfForm = new ArrayList<>();
        for (Problem p : own) {
            if (p.field() != null && (p.field().equals("form") || p.field().startsWith("form."))) {
                ownOfForm.add(p);
            }
        }
        addOwnProblems(problems, ownOfForm);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new java.util.LinkedHashMap<>(request.form());
    }

    /**
     * The supplement's audit entry says which fields of the declaration it corrected, from what to what
     * (only their new values, or only their names, when the entry's column could not hold more).
     */
    private static void recordCorrection(AuditEntryEntity entry, Map<String, String> was, Map<String, String> now,
                                         Set<String> requested) {
        Map<String, Object> details = new java.util.LinkedHashMap<>(FormCodec.readObject(entry.getDetails()));
        Map<String, Object> changed = new java.util.LinkedHashMap<>();
        Map<String, Object> previous = new java.util.LinkedHashMap<>();
        for (String k : requested) {
            // only what the correction changed (a value sent as it already was is no correction)
            if (!java.util.Objects.equals(was.get(k), now.get(k))) {
                changed.put(k, now.get(k));
                previous.put(k, was.get(k));
            }
        }
        details.put("form", changed);
        details.put("previousForm", previous);
        String written = FormCodec.writeObject(details);
        if (written.length() > MAX_DETAILS) {
            details.remove("previousForm");
            written = FormCodec.writeObject(details);
        }
        if (written.length() > MAX_DETAILS) {
            details.put("form", List.copyOf(changed.keySet()));
            written = FormCodec.writeObject(details);
        }
        entry.setDetails(written);
    }

    /** AUDIT_ENTRY.DETAILS is VARCHAR(8000). */
    private static final int MAX_DETAILS = 8000;

    /**
     * A dossier priced again from its papers and declaration as they are now: an online one after any
     * supplement before its acceptance (copies and pages may have changed: the receipt states the fee
     * at acceptance), and any one whose declaration a supplement corrected (a birth date that turns out
     * past the 60 days brings the late fee). Recorded in the supplement's audit entry when it changed;
     * kept as it was when the procedure cannot price it.
     */
    private void reprice(DossierEntity d, AuditEntryEntity supplement, LocalDateTime at) {
        Procedure procedure = procedures.find(d.getProcedureCode()).orElse(null);
        if (procedure == null) {
            return;
        }
        // as on the day it was received (the fee in force then, the days counted to then), or today before that
        LocalDateTime received = d.getReceivedAt() != null ? d.getReceivedAt() : at;
        Fee fee;
        try {
            fee = procedure.fee(new Submission(d.getProcedureCode(), received, applicant(d), submittedDocuments(d),
                    FormCodec.read(d.getFormJson()), localFee(d.getAgencyCode(), d.getProcedureCode(),
                            received.toLocalDate())));
        } catch (RuntimeException e) {
            LOG.warn("Dossier {}: procedure {} ({}) could not price the supplemented papers; the fee stays {}",
                    d.getCode(), d.getProcedureCode(), ProcedureRegistry.origin(procedure), d.getFee(), e);
            return;
        }
        if (fee.amount() != d.getFee()) {
            Map<String, Object> details = new java.util.LinkedHashMap<>(FormCodec.readObject(supplement.getDetails()));
            details.put("previousFee", d.getFee());
            details.put("fee", fee.amount());
            supplement.setDetails(FormCodec.writeObject(details));
        }
        d.setFee(fee.amount());
        d.setFeeLines(String.join("\n", fee.lines()));
    }

    /** The stored dossier's papers as a field bundle reads them. */
    private static List<SubmittedDocument> submittedDocuments(DossierEntity d) {
        List<SubmittedDocument> documents = new ArrayList<>(d.getDocuments().size());
        for (DocumentRow r : d.getDocuments()) {
            documents.add(new SubmittedDocument(r.getCode(), r.getOriginals(), r.getCertifiedCopies(), r.getCopies(),
                    r.getPages()));
        }
        return documents;
    }

    /** The stored dossier's applicant as a field bundle reads it. */
    private static Applicant applicant(DossierEntity d) {
        return new Applicant(d.getApplicantName(), d.getApplicantIdNumber(), d.getApplicantPhone(),
                d.getApplicantAddress(), d.getApplicantEmail());
    }

    /** The fee the province's catalogue sets for a procedure at an agency on a day, or null when it sets none. */
    private Long localFee(String agencyCode, String procedureCode, LocalDate day) {
        return agencies.find(agencyCode).flatMap(a -> catalogue.offer(procedureCode, a, day)).map(Offer::fee)
                .orElse(null);
    }

    @Override
    public Dossier act(String code, TransitionRequest request, Actor actor) {
        return act(code, request, actor, now());
    }

    @Override
    public Dossier act(String code, TransitionRequest request, Actor actor, LocalDateTime at) {
        if (request == null || request.action() == null) {
            throw new ValidationException(CoreMessages.text("transition.action.missing"),
                    List.of(CoreMessages.problem("transition.action.required", "action")));
        }
        if (request.action() == vn.motcua.dossier.Action.TRANSFER) {
            unstaffed(request.toAgency(), at.toLocalDate());
        }
        // a supplement hands in what its request asked for, listed by the procedure or not (read before
        // the transaction: the request is an earlier, unchanging entry)
        Map<String, String> requested = request.action() == vn.motcua.dossier.Action.SUPPLEMENT
                ? lastRequested(code) : Map.of();
        try {
            return repository.transition(code, (d, registers) -> {
                if (!mayAccess(actor, d.getAgencyCode(), d.getTransferAgency())) {
                    return DossierRepository.Changes.refused(
                            new ForbiddenException(CoreMessages.text("access.agency", code)));
                }
                if (request.version() != null && request.version() != d.getVersion()) {
                    return DossierRepository.Changes.refused(conflict(d));
                }
                List<ProcessStep> steps = FormCodec.readSteps(d.getProcessJson());
                String refusal = Lifecycle.refusal(request.action(), d.getStatus(), d.getStepIndex(), steps);
                if (refusal != null) {
                    return DossierRepository.Changes.refused(
                            new InvalidTransitionException("transition.invalid", refusal, toDossier(d)));
                }
                List<AuditEntryEntity> entries;
                DossierStatus before = d.getStatus();
                Map<String, String> corrected = null;
                Map<String, String> was = null;
                try {
                    // checks the actor and the request before it changes anything
                    if (request.action() == vn.motcua.dossier.Action.SUPPLEMENT && !request.form().isEmpty()) {
                        Lifecycle.authorize(d, steps, request.action(), actor);
                        was = FormCodec.read(d.getFormJson());
                        corrected = correctedForm(d, was, request.form(), at);
                        if (corrected.equals(was)) {
                            if (request.documents().isEmpty()) {
                                throw new ValidationException(List.of(CoreMessages.problem("form.unchanged", "form")));
                            }
                            corrected = null; // the papers are the supplement; the declaration stays as it was
                        }
                    }
                    entries = lifecycle.apply(d, steps, request, actor, at, requested);
                } catch (ForbiddenException | ValidationException e) {
                    return DossierRepository.Changes.refused(e);
                }
                if (corrected != null) {
                    recordCorrection(entries.get(0), was, corrected, request.form().keySet());
                    d.setFormJson(FormCodec.write(corrected));
                }
                if (request.action() == vn.motcua.dossier.Action.SUPPLEMENT
                        && (d.getStatus() == DossierStatus.SUBMITTED || corrected != null)) {
                    reprice(d, entries.get(0), at);
                }
                if (request.action() == vn.motcua.dossier.Action.ACCEPT) {
                    // the online submission enters the tracking book now, not when it was sent
                    d.setReceptionNumber(registers.reception(d.getAgencyCode(), at.toLocalDate()));
                }
                String resultDocument = null;
                if (d.getStatus() == DossierStatus.RESULT_READY || (d.getStatus() == DossierStatus.RETURNED
                        && request.action() == vn.motcua.dossier.Action.RESOLVE_ON_SPOT)) {
                    resultDocument = result(d, entries, registers, actor, at);
                }
                return new DossierRepository.Changes(entries, actor.isSimulation() ? List.of()
                        : PortalPayloads.messages(d, entries, false, actor), resultDocument,
                        StatsDeltas.after(d, request.action(), before, at, d.getConsumedSeconds()), null);
            }, DossierServiceImpl::toDossier);
        } catch (ConcurrentChangeException e) {
            Dossier current = repository.find(code, DossierServiceImpl::toDossier).orElse(null);
            throw new InvalidTransitionException("transition.conflict", CoreMessages.text("transition.conflict",
                    code, current == null ? "?" : current.version()), current);
        }
    }

    /**
     * At approval: the result's number in its register (gap-free: taken in this transaction), and
     * the printable result made by the field bundle, when it is installed.
     */
    private String result(DossierEntity d, List<AuditEntryEntity> entries, DossierRepository.Registers registers,
                          Actor actor, LocalDateTime at) {
        ResultSpec spec = FormCodec.readResult(d.getResultSpec());
        String book = null;
        if (spec != null && spec.registered()) {
            int number = registers.next(spec.book(), d.getAgencyCode(), at.getYear());
            book = book(spec, at.getYear());
            String entry = CoreMessages.text("register.entry", number, book, spec.bookName());
            d.setRegister(spec.book(), number, entry);
            for (AuditEntryEntity e : entries) {
                if (e.getAction().equals(vn.motcua.dossier.Action.APPROVE.name())) {
                    Map<String, Object> details = new java.util.LinkedHashMap<>(FormCodec.readObject(e.getDetails()));
                    details.put("register", entry);
                    e.setDetails(FormCodec.writeObject(details));
                }
            }
        }
        return render(d, book, at, actor.displayName()).html();
    }

    /**
     * What rendering the printable result gave: the HTML; none, the procedure printing nothing beyond
     * the approval (a copy certification); or none because the bundle is not installed (being updated)
     * or failed ({@code failed}). The approval stands either way; a result that failed is made when
     * first asked for.
     */
    private record Rendered(String html, boolean failed) {
    }

    private Rendered render(DossierEntity d, String book, LocalDateTime approvedAt, String leader) {
        Procedure procedure = procedures.find(d.getProcedureCode()).orElse(null);
        if (procedure == null) {
            LOG.warn("Dossier {}: procedure {} is not installed; its printable result is made when asked for "
                    + "once it is", d.getCode(), d.getProcedureCode());
            return new Rendered(null, true);
        }
        try {
            return new Rendered(procedure.resultDocument(new vn.motcua.procedure.ResultContext(d.getCode(),
                    d.getAgencyName(), agencies.placeName(), applicant(d), FormCodec.read(d.getFormJson()),
                    d.getResultText(),
                    d.getRegisterNumber() == null ? 0 : d.getRegisterNumber(), book, approvedAt, leader)), false);
        } catch (RuntimeException e) {
            LOG.error("Dossier {}: procedure {} ({}) failed to make the printable result; it is made when asked "
                    + "for once the bundle is fixed", d.getCode(), d.getProcedureCode(),
                    ProcedureRegistry.origin(procedure), e);
            return new Rendered(null, true);
        }
    }

    @Override
    public java.util.Optional<String> resultDocument(String code, Actor actor) {
        get(code, actor);
        java.util.Optional<String> stored = repository.result(code);
        if (stored.isPresent()) {
            return stored;
        }
        // approved while its bundle was away or failing: made now, from what the approval recorded
        return repository.find(code, d -> d).flatMap(d -> {
            AuditEntryEntity approval = null;
            for (AuditEntryEntity e : repository.audit(code)) {
                if (e.getAction().equals(vn.motcua.dossier.Action.APPROVE.name())
                        || e.getAction().equals(vn.motcua.dossier.Action.RESOLVE_ON_SPOT.name())) {
                    approval = e;
                }
            }
            if (approval == null || d.getResultText() == null) {
                return java.util.Optional.empty();
            }
            ResultSpec spec = FormCodec.readResult(d.getResultSpec());
            String book = spec != null && spec.registered() ? book(spec, approval.getActedAt().getYear()) : null;
            Rendered rendered = render(d, book, approval.getActedAt(), approval.getUserDisplayName());
            String html = rendered.html();
            if (html == null && !rendered.failed()) {
                // the procedure prints nothing beyond the approval: the result is what the approval recorded
                throw new NotFoundException("result.none", CoreMessages.text("result.notPrinted", code,
                        d.getResultText()));
            }
            if (html == null) {
                // approved, so the result exists: say why it cannot be printed now, not "no result"
                if (procedures.find(d.getProcedureCode()).isEmpty()) {
                    throw new InvalidTransitionException("result.procedureAway",
                            CoreMessages.text("result.procedureAway", code, d.getProcedureCode()), null);
                }
                throw new ProcedureFailureException(CoreMessages.text("result.failed", code, d.getProcedureCode()),
                        null);
            }
            return java.util.Optional.of(repository.keepResult(code, html));
        });
    }

    /** A register's book for a year, as printed: "01/2026-SCT". */
    private static String book(ResultSpec spec, int year) {
        return String.format("01/%d%s", year, spec.bookSymbol() == null ? "" : "-" + spec.bookSymbol());
    }

    /** A procedure bundle threw: logged with the bundle, answered with the procedure's name. */
    private static ProcedureFailureException failure(Procedure procedure, String doing, RuntimeException e) {
        String code = procedure.descriptor() == null ? "?" : procedure.descriptor().code();
        LOG.error("Procedure {} ({}) failed while {}", code, ProcedureRegistry.origin(procedure), doing, e);
        return new ProcedureFailureException(CoreMessages.text("procedure.failed", code, doing), e);
    }

    private static InvalidTransitionException conflict(DossierEntity d) {
        return new InvalidTransitionException("transition.conflict",
                CoreMessages.text("transition.conflict", d.getCode(), d.getVersion()), toDossier(d));
    }

    /**
     * Adds a field bundle's problems to the core's, but not a second one for a form field the core
     * has already refused (a value not among a CHOICE field's, say): the clerk reads one line per field.
     */
    static void addOwnProblems(List<Problem> problems, List<Problem> own) {
        Set<String> refused = new HashSet<>();
        for (Problem p : problems) {
            if (p.field() != null && p.field().startsWith("form.")) {
                refused.add(p.field());
            }
        }
        for (Problem p : own) {
            if (p.field() == null || !refused.contains(p.field())) {
                problems.add(p);
            }
        }
    }

    /** The request as the field bundle sees it: trimmed text, no null entries. */
    private static Submission submission(ReceptionRequest r, LocalDateTime receivedAt, Long localFee) {
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
        return new Submission(r.procedureCode(), receivedAt, applicant, documents, form, localFee);
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
        if (!mayAccess(actor, d.agencyCode(), d.progress().transferAgencyCode())) {
            throw new ForbiddenException(CoreMessages.text("access.agency", code));
        }
        return d;
    }

    /**
     * Refuses liên thông to an agency where no enabled specialist or leader could answer it (read
     * before the transaction: a transfer is rare, and its own connection is then free).
     */
    private void unstaffed(String toAgency, java.time.LocalDate day) {
        String to = toAgency == null ? null : toAgency.strip();
        if (to == null || to.isEmpty()) {
            return; // the lifecycle names what is missing
        }
        // an agency unknown or no longer in existence: the lifecycle says so
        agencies.find(to).filter(a -> a.isValidOn(day)).ifPresent(a -> {
            boolean staffed = users.list(to).stream().anyMatch(u -> u.enabled()
                    && (u.roles().contains(Role.SPECIALIST) || u.roles().contains(Role.LEADER)));
            if (!staffed) {
                throw new ValidationException(CoreMessages.text("transition.refused",
                        vn.motcua.dossier.Action.TRANSFER.label(), 1),
                        List.of(CoreMessages.problem("transition.agency.unstaffed", "toAgency", a.name())));
            }
        });
    }

    @Override
    public Page<DossierSummary> search(DossierQuery query, Actor actor) {
        if (query.agencyCode() != null) {
            ReportScope.known(agencies, query.agencyCode());
        }
        Actor turnOf = query.myTurn() ? actor : null;
        if (actor.seesWholeProvince()) {
            return repository.search(query, null, turnOf, FormCodec::readSteps);
        }
        Set<String> scope = agencies.scope(actor.agencyCode());
        if (scope.isEmpty() || (query.agencyCode() != null && !scope.contains(query.agencyCode()))) {
            return new Page<>(List.of(), query.page(), query.size(), 0);
        }
        return repository.search(query, query.agencyCode() != null ? null : scope, turnOf, FormCodec::readSteps);
    }

    @Override
    public List<Dossier> book(String agencyCode, LocalDate from, LocalDate to, int limit, Actor actor) {
        if (!mayAccess(actor, agencyCode, null) || actor.hasRole(Role.CITIZEN)) {
            throw new ForbiddenException(CoreMessages.text("access.book", agencyCode));
        }
        return repository.book(agencyCode, from, to, limit, DossierServiceImpl::toDossier);
    }

    @Override
    public Fee quote(ReceptionRequest asSent) {
        Procedure procedure = procedures.find(asSent.procedureCode()).orElseThrow(() -> new NotFoundException(
                "procedure.not-found", CoreMessages.text("procedure.unknown", asSent.procedureCode())));
        // a value that can never be right (not one of a list's choices, a date that is none) is said
        // now, not priced as if the field were empty
        List<Problem> wrong = ReceptionValidator.filledFormProblems(asSent.form(), procedure.descriptor());
        if (asSent.documents() != null) {
            // quantities the counter could take, as at reception: no fee for two billion copies
            for (int i = 0; i < asSent.documents().size(); i++) {
                SubmittedDocument x = asSent.documents().get(i);
                if (x != null && ReceptionValidator.quantitiesOutOfRange(x)) {
                    wrong.add(CoreMessages.problem("document.quantity.invalid", "documents[" + i + "]", x.code(),
                            Fee.amountText(ReceptionValidator.MAX_QUANTITY)));
                }
            }
        }
        if (!wrong.isEmpty()) {
            throw new ValidationException(wrong);
        }
        ReceptionRequest request = ReceptionValidator.withChoicesAsListed(asSent, procedure.descriptor());
        LocalDateTime at = now();
        Long localFee = null;
        if (request.agencyCode() != null) {
            localFee = localFee(request.agencyCode(), procedure.descriptor().code(), at.toLocalDate());
        }
        Submission submission = submission(request, at, localFee);
        try {
            return procedure.fee(submission);
        } catch (RuntimeException e) {
            // a field bundle that cannot price an incomplete request: no figure yet, not an error (and
            // not a zero, which a clerk would read as free)
            LOG.debug("Procedure {} ({}) gave no fee for an incomplete request: {}", request.procedureCode(),
                    ProcedureRegistry.origin(procedure), e.toString());
            return null;
        }
    }

    @Override
    public List<vn.motcua.dossier.Action> allowedActions(Dossier dossier, Actor actor) {
        return Lifecycle.allowed(dossier, actor, now());
    }

    @Override
    public List<AuditEntry> audit(String code, Actor actor) {
        get(code, actor);
        List<AuditEntry> entries = new ArrayList<>();
        for (AuditEntryEntity e : repository.audit(code)) {
            entries.add(new AuditEntry(e.getSeq(), e.getActedAt(), e.getUserName(), e.getUserDisplayName(),
                    e.getRole(), e.getAgencyCode(), e.getAction(), e.getFromStatus(), e.getToStatus(),
                    e.getStepCode(), e.getNote(), e.getStepDueAt(), FormCodec.readObject(e.getDetails())));
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
        Progress progress = new Progress(FormCodec.readSteps(d.getProcessJson()), d.getStepIndex(),
                d.getStepStartedAt(), d.getStepDueAt(), d.getAssignee(), d.getRunningSince() != null,
                d.getBudgetSeconds(), d.getConsumedSeconds(), d.getAppointmentAt(), d.getFinishedAt(),
                d.getReturnedAt(), d.getCollectedBy(), d.getResultText(), d.getTransferAgency(),
                d.getTransferDueAt(), d.getHandedOverAt(), d.getRegisterEntry(),
                Lifecycle.supplementsLeft(d),
                d.getReceptionNumber());
        return new Dossier(d.getCode(), d.getProcedureCode(), d.getProcedureName(), d.getFieldCode(),
                d.getFieldName(), d.getAgencyCode(), d.getAgencyName(), d.getChannel(), d.getStatus(),
                new Applicant(d.getApplicantName(), d.getApplicantIdNumber(), d.getApplicantPhone(),
                        d.getApplicantAddress(), d.getApplicantEmail()),
                documents, FormCodec.read(d.getFormJson()), new TimeLimit(d.getTimeLimitAmount(), d.getTimeLimitUnit()),
                d.getSubmittedAt(), d.getReceivedAt(), d.getCountFrom(), d.getDueAt(), d.getFee(),
                feeLines == null || feeLines.isEmpty() ? List.of() : List.of(feeLines.split("\n")),
                d.getReceivedBy(), d.getReceivedByName(), d.getVersion(), progress);
    }
}
