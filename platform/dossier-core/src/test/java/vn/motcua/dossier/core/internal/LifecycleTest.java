package vn.motcua.dossier.core.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static vn.motcua.dossier.core.internal.LifecycleFixtures.ALL_IN_ONE;
import static vn.motcua.dossier.core.internal.LifecycleFixtures.CITIZEN;
import static vn.motcua.dossier.core.internal.LifecycleFixtures.CLERK;
import static vn.motcua.dossier.core.internal.LifecycleFixtures.CONTEXT;
import static vn.motcua.dossier.core.internal.LifecycleFixtures.LEADER;
import static vn.motcua.dossier.core.internal.LifecycleFixtures.OTHER_SPECIALIST;
import static vn.motcua.dossier.core.internal.LifecycleFixtures.SPECIALIST;
import static vn.motcua.dossier.core.internal.LifecycleFixtures.STEPS;
import static vn.motcua.dossier.core.internal.LifecycleFixtures.TU_PHAP;
import static vn.motcua.dossier.core.internal.LifecycleFixtures.TU_PHAP_CLERK;
import static vn.motcua.dossier.core.internal.LifecycleFixtures.TU_PHAP_LEADER;
import static vn.motcua.dossier.core.internal.LifecycleFixtures.TU_PHAP_SPECIALIST;
import static vn.motcua.dossier.core.internal.LifecycleFixtures.VO_CUONG;
import static vn.motcua.dossier.core.internal.LifecycleFixtures.t;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.Test;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.dossier.Action;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.ForbiddenException;
import vn.motcua.dossier.Role;
import vn.motcua.dossier.TransitionRequest;
import vn.motcua.dossier.TransitionRequest.RequestedDocument;
import vn.motcua.dossier.ValidationException;
import vn.motcua.dossier.core.internal.persistence.AuditEntryEntity;
import vn.motcua.dossier.core.internal.persistence.DocumentRow;
import vn.motcua.dossier.core.internal.persistence.DossierEntity;
import vn.motcua.procedure.Problem;
import vn.motcua.procedure.Submission.SubmittedDocument;

/**
 * The one-stop state machine: which action starts from where, who may take it, what it needs and
 * what it changes, the clock and the audit trail included. Dossiers are set up as the service's
 * reception does; the calendar is the real one with the shipped notice table.
 *
 * <p>The usual dossier: "Chứng thực hợp đồng", 2 working days, received at the counter of UBND
 * phường Võ Cường on Monday 13/10/2025 08:15. Counting starts Tue 14/10 07:30; due Wed 15/10 17:30
 * (budget 16 h). With the default process (10/60/30 %) step TIEP_NHAN is due Tue 14/10 09:06,
 * THAM_DINH Wed 15/10 10:42 (11 h 12 of office time), PHE_DUYET Wed 15/10 17:30.
 */
public class LifecycleTest {

    private static final String CODE = "000.10.01.H07-251013-0001";
    private static final String RESULT = "Hợp đồng mua bán xe máy đã được chứng thực, số 123/2025/SCT-HĐGD";
    private static final String APPLICANT = "Nguyễn Thị Phương Hoa";

    private final Lifecycle lifecycle = new Lifecycle(CONTEXT);

    // --- set-up ------------------------------------------------------------------------------------

    private DossierEntity dossier() {
        return LifecycleFixtures.received(CODE, TimeLimit.workingDays(2), t("2025-10-13T08:15"), STEPS,
                lifecycle.clock());
    }

    /** The usual dossier, handed over to {@code cv.minh} on Mon 13/10 10:00: at THAM_DINH. */
    private DossierEntity atAppraisal() {
        DossierEntity d = dossier();
        act(d, handOver("cv.minh"), CLERK, t("2025-10-13T10:00"));
        return d;
    }

    /** Further on: proposed on Tue 14/10 15:00, at PHE_DUYET with the leader. */
    private DossierEntity atApproval() {
        DossierEntity d = atAppraisal();
        act(d, TransitionRequest.of(Action.PROPOSE, "Hồ sơ hợp lệ, đề nghị chứng thực"), SPECIALIST,
                t("2025-10-14T15:00"));
        return d;
    }

    /** What the service does: ask the state machine, then apply. */
    private List<AuditEntryEntity> act(DossierEntity d, TransitionRequest r, Actor actor, LocalDateTime at) {
        String refusal = Lifecycle.refusal(r.action(), d.getStatus(), d.getStepIndex(), STEPS);
        assertNull("the state machine should allow " + r.action() + " from " + d.getStatus() + ": " + refusal,
                refusal);
        return lifecycle.apply(d, STEPS, r, actor, at);
    }

    private static AuditEntryEntity only(List<AuditEntryEntity> entries) {
        assertEquals(1, entries.size());
        return entries.get(0);
    }

    private static Map<String, Object> details(AuditEntryEntity e) {
        return FormCodec.readObject(e.getDetails());
    }

    private static List<String> problemCodes(ValidationException e) {
        return e.problems().stream().map(Problem::code).collect(Collectors.toList());
    }

    private void assertInvalid(String expectedCode, DossierEntity d, TransitionRequest r, Actor actor,
                               LocalDateTime at) {
        DossierStatus before = d.getStatus();
        int audits = d.getAuditCount();
        ValidationException e = assertThrows(ValidationException.class, () -> lifecycle.apply(d, STEPS, r, actor, at));
        assertTrue(problemCodes(e) + " should contain " + expectedCode, problemCodes(e).contains(expectedCode));
        for (Problem p : e.problems()) {
            assertFalse("a Vietnamese message for " + p.code(), p.message().isBlank());
        }
        assertEquals("nothing changes", before, d.getStatus());
        assertEquals("no audit entry", audits, d.getAuditCount());
    }

    private ForbiddenException assertForbidden(DossierEntity d, TransitionRequest r, Actor actor, LocalDateTime at) {
        DossierStatus before = d.getStatus();
        int step = d.getStepIndex();
        int audits = d.getAuditCount();
        ForbiddenException e = assertThrows(ForbiddenException.class, () -> lifecycle.apply(d, STEPS, r, actor, at));
        assertEquals("nothing changes", before, d.getStatus());
        assertEquals(step, d.getStepIndex());
        assertEquals("no audit entry", audits, d.getAuditCount());
        return e;
    }

    private static void assertEntry(AuditEntryEntity e, int seq, Action action, DossierStatus from, DossierStatus to,
                                    Role role, String stepCode, Actor actor) {
        assertEquals("seq", seq, e.getSeq());
        assertEquals("action", action.name(), e.getAction());
        assertEquals("from", from, e.getFromStatus());
        assertEquals("to", to, e.getToStatus());
        assertEquals("role", role, e.getRole());
        assertEquals("step", stepCode, e.getStepCode());
        assertEquals("user", actor.userName(), e.getUserName());
        assertEquals("user name", actor.displayName(), e.getUserDisplayName());
        assertEquals("agency", actor.agencyCode(), e.getAgencyCode());
    }

    // --- requests ----------------------------------------------------------------------------------

    private static TransitionRequest handOver(String assignee) {
        return new TransitionRequest(Action.HAND_OVER, null, null, assignee, null, null, null, null, null, null,
                null, null);
    }

    private static TransitionRequest approve(String result) {
        return new TransitionRequest(Action.APPROVE, null, "Đồng ý", null, null, null, null, null, null, null,
                result, null);
    }

    private static TransitionRequest returnResult(String collectedBy) {
        return new TransitionRequest(Action.RETURN_RESULT, null, null, null, null, null, null, null, null, null,
                null, collectedBy);
    }

    private static TransitionRequest askForDocuments(String note, RequestedDocument... documents) {
        return new TransitionRequest(Action.REQUEST_SUPPLEMENT, null, note, null, List.of(documents), null, null,
                null, null, null, null, null);
    }

    private static final RequestedDocument MISSING_VALUE =
            new RequestedDocument("du-thao", null, "Dự thảo hợp đồng chưa ghi giá trị tài sản");
    private static final String ASK_NOTE = "Đề nghị bổ sung dự thảo hợp đồng có ghi rõ giá trị tài sản";

    private static TransitionRequest supplied(SubmittedDocument... documents) {
        return new TransitionRequest(Action.SUPPLEMENT, null, null, null, null, List.of(documents), null, null,
                null, null, null, null);
    }

    private static TransitionRequest apologize(LocalDateTime appointment, String note) {
        return new TransitionRequest(Action.APOLOGIZE, null, note, null, null, null, appointment, null, null,
                null, null, null);
    }

    private static final String APOLOGY = "Cần xác minh thêm với cơ quan đăng ký phương tiện";

    private static TransitionRequest transfer(String toAgency, Integer workingDays) {
        return new TransitionRequest(Action.TRANSFER, null, "Đề nghị Phòng Tư pháp cho ý kiến", null, null, null,
                null, toAgency, workingDays, null, null, null);
    }

    private static TransitionRequest fee(Long amount) {
        return new TransitionRequest(Action.REQUEST_FEE, null, "Lệ phí chứng thực hợp đồng", null, null, null,
                null, null, null, amount, null, null);
    }

    private static TransitionRequest onSpot(String result, String collectedBy) {
        return new TransitionRequest(Action.RESOLVE_ON_SPOT, null, null, null, null, null, null, null, null, null,
                result, collectedBy);
    }

    // --- the happy path ----------------------------------------------------------------------------

    @Test
    public void theFullPathByTheRightRolesEndsReturnedWithOneAuditEntryPerAction() {
        DossierEntity d = dossier();
        assertEquals(t("2025-10-14T07:30"), d.getCountFrom());
        assertEquals(t("2025-10-15T17:30"), d.getDueAt());
        assertEquals(t("2025-10-14T09:06"), d.getStepDueAt());

        // The one-stop hands the dossier over to the specialist cv.minh.
        AuditEntryEntity handOver = only(act(d, handOver("cv.minh"), CLERK, t("2025-10-13T10:00")));
        assertEntry(handOver, 2, Action.HAND_OVER, DossierStatus.RECEIVED, DossierStatus.IN_PROCESS,
                Role.RECEPTION_CLERK, "TIEP_NHAN", CLERK);
        assertEquals("the entry keeps the due instant of the step it closes", t("2025-10-14T09:06"),
                handOver.getStepDueAt());
        assertEquals("cv.minh", details(handOver).get("assignee"));
        assertEquals(DossierStatus.IN_PROCESS, d.getStatus());
        assertEquals(1, d.getStepIndex());
        assertEquals("the role the step waits for, kept for work lists", "SPECIALIST", d.getStepRole());
        assertEquals("cv.minh", d.getAssignee());
        assertEquals(t("2025-10-13T10:00"), d.getStepStartedAt());
        assertEquals(t("2025-10-13T10:00"), d.getHandedOverAt());
        assertEquals(t("2025-10-15T10:42"), d.getStepDueAt());

        // The specialist appraises and proposes.
        AuditEntryEntity propose = only(act(d, TransitionRequest.of(Action.PROPOSE, "Hồ sơ hợp lệ, đề nghị chứng thực"),
                SPECIALIST, t("2025-10-14T15:00")));
        assertEntry(propose, 3, Action.PROPOSE, DossierStatus.IN_PROCESS, DossierStatus.IN_PROCESS,
                Role.SPECIALIST, "THAM_DINH", SPECIALIST);
        assertEquals("Hồ sơ hợp lệ, đề nghị chứng thực", propose.getNote());
        assertEquals(t("2025-10-15T10:42"), propose.getStepDueAt());
        assertEquals(2, d.getStepIndex());
        assertEquals("LEADER", d.getStepRole());
        assertEquals(t("2025-10-15T17:30"), d.getStepDueAt());

        // The leader approves and signs: the result is ready, the clock stops.
        AuditEntryEntity approve = only(act(d, approve(RESULT), LEADER, t("2025-10-15T09:00")));
        assertEntry(approve, 4, Action.APPROVE, DossierStatus.IN_PROCESS, DossierStatus.RESULT_READY,
                Role.LEADER, "PHE_DUYET", LEADER);
        assertEquals(RESULT, details(approve).get("result"));
        assertEquals(DossierStatus.RESULT_READY, d.getStatus());
        assertEquals(RESULT, d.getResultText());
        assertEquals(t("2025-10-15T09:00"), d.getFinishedAt());
        assertNull("the clock is paused", d.getRunningSince());
        // Tue 14/10 8 h + Wed 15/10 07:30–09:00 1.5 h; what the one-stop's Monday took does not count.
        assertEquals(Math.round(9.5 * 3600), d.getConsumedSeconds());

        // The one-stop returns the result to the applicant.
        AuditEntryEntity ret = only(act(d, returnResult("  " + APPLICANT + " "), CLERK, t("2025-10-15T14:00")));
        assertEquals(5, ret.getSeq());
        assertEquals(Action.RETURN_RESULT.name(), ret.getAction());
        assertEquals(DossierStatus.RESULT_READY, ret.getFromStatus());
        assertEquals(DossierStatus.RETURNED, ret.getToStatus());
        assertEquals(Role.RECEPTION_CLERK, ret.getRole());
        assertEquals(APPLICANT, details(ret).get("collectedBy"));
        assertEquals(DossierStatus.RETURNED, d.getStatus());
        assertEquals(t("2025-10-15T14:00"), d.getReturnedAt());
        assertEquals(APPLICANT, d.getCollectedBy());
        assertEquals(t("2025-10-15T09:00"), d.getFinishedAt());
        assertEquals("the reception was entry 1; four actions followed", 5, d.getAuditCount());
        assertTrue(d.getStatus().isFinal());
    }

    @Test
    public void theSystemMayTakeEveryStepOfTheLifecycle() {
        DossierEntity d = dossier();
        List<AuditEntryEntity> entries = new java.util.ArrayList<>();
        entries.addAll(act(d, handOver(null), Actor.SYSTEM, t("2025-10-13T10:00")));
        entries.addAll(act(d, TransitionRequest.of(Action.PROPOSE, null), Actor.SYSTEM, t("2025-10-14T10:00")));
        entries.addAll(act(d, approve(RESULT), Actor.SYSTEM, t("2025-10-14T11:00")));
        entries.addAll(act(d, returnResult(APPLICANT), Actor.SYSTEM, t("2025-10-14T14:00")));
        assertEquals(DossierStatus.RETURNED, d.getStatus());
        assertEquals(List.of(2, 3, 4, 5), entries.stream().map(AuditEntryEntity::getSeq).collect(Collectors.toList()));
        for (AuditEntryEntity e : entries) {
            assertEquals(Role.SYSTEM, e.getRole());
            assertEquals("system", e.getUserName());
        }
    }

    @Test
    public void anOnlineDossierAcceptedOnMondayAfterAWeekendSubmissionStartsItsClock() {
        // Submitted Sat 18/10/2025 21:00; the clerk accepts it Mon 20/10 08:00.
        DossierEntity d = LifecycleFixtures.submitted("000.10.01.H07-251018-0002", TimeLimit.workingDays(2),
                t("2025-10-18T21:00"), STEPS);
        AuditEntryEntity e = only(act(d, TransitionRequest.of(Action.ACCEPT, null), CLERK, t("2025-10-20T08:00")));
        assertEntry(e, 2, Action.ACCEPT, DossierStatus.SUBMITTED, DossierStatus.RECEIVED, Role.RECEPTION_CLERK,
                "TIEP_NHAN", CLERK);
        assertEquals(DossierStatus.RECEIVED, d.getStatus());
        assertEquals(t("2025-10-20T08:00"), d.getReceivedAt());
        assertEquals("tn.hoa", d.getReceivedBy());
        assertEquals(t("2025-10-21T07:30"), d.getCountFrom());
        assertEquals(t("2025-10-22T17:30"), d.getDueAt());
        assertEquals(16 * 3600, d.getBudgetSeconds());
        assertEquals(t("2025-10-21T09:06"), d.getStepDueAt());
        assertEquals("the entry of an acceptance carries the new step's due instant", d.getStepDueAt(),
                e.getStepDueAt());
    }

    @Test
    public void aRefusalOfAnOnlineDossierNeedsAReasonAndEndsIt() {
        DossierEntity d = LifecycleFixtures.submitted("000.10.01.H07-251018-0003", TimeLimit.workingDays(2),
                t("2025-10-18T21:00"), STEPS);
        assertInvalid("transition.note.required", d, TransitionRequest.of(Action.REFUSE, " "), CLERK,
                t("2025-10-20T08:00"));
        act(d, TransitionRequest.of(Action.REFUSE, "Thủ tục không thuộc thẩm quyền của UBND phường"), CLERK,
                t("2025-10-20T08:05"));
        assertEquals(DossierStatus.REFUSED, d.getStatus());
        assertEquals(t("2025-10-20T08:05"), d.getFinishedAt());
    }

    @Test
    public void anOnlineDossierIsGuidedToASupplementBeforeItsAcceptanceWithoutStartingItsClock() {
        // Submitted Sat 18/10/2025 21:00 without the draft contract; the clerk checks it Mon 20/10 08:00
        DossierEntity d = LifecycleFixtures.submitted("000.10.01.H07-251018-0004", TimeLimit.workingDays(2),
                t("2025-10-18T21:00"), STEPS);
        assertTrue(Lifecycle.allowed(d, STEPS, CLERK, t("2025-10-20T08:00")).contains(Action.REQUEST_SUPPLEMENT));
        assertFalse("the specialist has no part in the reception",
                Lifecycle.allowed(d, STEPS, SPECIALIST, t("2025-10-20T08:00")).contains(Action.REQUEST_SUPPLEMENT));
        AuditEntryEntity ask = only(act(d, askForDocuments(ASK_NOTE, MISSING_VALUE), CLERK, t("2025-10-20T08:00")));
        assertEntry(ask, 2, Action.REQUEST_SUPPLEMENT, DossierStatus.SUBMITTED, DossierStatus.SUPPLEMENT_REQUESTED,
                Role.RECEPTION_CLERK, "TIEP_NHAN", CLERK);
        assertTrue(ask.getDetails(), ask.getDetails().contains("\"beforeReception\":true"));
        assertEquals(DossierStatus.SUBMITTED, d.getResumeStatus());
        assertNull("not received: no clock, no due date", d.getDueAt());
        assertNull(d.getRunningSince());
        assertNull(d.getReceivedAt());
        assertEquals("the reception's guidance is booked apart from the unit's allowance",
                0, Lifecycle.supplementsBy(d, d.getAgencyCode()));
        assertEquals(0, Lifecycle.supplementsLeft(d));

        // the citizen supplies it on Wednesday: the dossier waits for the clerk again, still without a clock
        act(d, supplied(new SubmittedDocument("du-thao", 1, 0, 0, 2)), CITIZEN, t("2025-10-22T19:00"));
        assertEquals(DossierStatus.SUBMITTED, d.getStatus());
        assertNull(d.getResumeStatus());
        assertNull(d.getRunningSince());
        assertNull(d.getDueAt());
        assertFalse("the reception guides once, in full",
                Lifecycle.allowed(d, STEPS, CLERK, t("2025-10-23T08:00")).contains(Action.REQUEST_SUPPLEMENT));
        assertInvalid("transition.supplementLimit.reception", d, askForDocuments("Còn thiếu", MISSING_VALUE), CLERK,
                t("2025-10-23T08:00"));

        // accepted Thu 23/10 08:00: the count starts the next working day, with the whole budget
        act(d, TransitionRequest.of(Action.ACCEPT, null), CLERK, t("2025-10-23T08:00"));
        assertEquals(t("2025-10-24T07:30"), d.getCountFrom());
        assertEquals(t("2025-10-27T17:30"), d.getDueAt());
        assertEquals(16 * 3600, d.getBudgetSeconds());
        assertEquals(0, d.getConsumedSeconds());
        assertFalse("still with the reception, which has guided it already",
                Lifecycle.allowed(d, STEPS, CLERK, t("2025-10-24T08:00")).contains(Action.REQUEST_SUPPLEMENT));
        assertFalse("accepted: no longer refused, but stopped", Lifecycle.allowed(d, STEPS, CLERK,
                t("2025-10-24T08:00")).contains(Action.REFUSE));
        act(d, TransitionRequest.of(Action.HAND_OVER, null), CLERK, t("2025-10-24T08:00"));
        assertEquals("the unit that appraises it keeps its own request", 1, Lifecycle.supplementsLeft(d));
        assertTrue(Lifecycle.allowed(d, STEPS, SPECIALIST, t("2025-10-24T09:00")).contains(Action.REQUEST_SUPPLEMENT));
        act(d, askForDocuments(ASK_NOTE, MISSING_VALUE), SPECIALIST, t("2025-10-24T09:00"));
        // accepted, now waiting for a supplement: the reception can no longer refuse it (a leader stops it)
        assertFalse(Lifecycle.allowed(d, STEPS, CLERK, t("2025-10-24T10:00")).contains(Action.REFUSE));
        assertInvalid("transition.refuse.received", d, TransitionRequest.of(Action.REFUSE, "Không bổ sung"), CLERK,
                t("2025-10-24T10:00"));
    }

    @Test
    public void aGuidedDossierWhoseApplicantNeverAnswersIsRefusedAndAnOtherPaperKeepsItsName() {
        DossierEntity d = LifecycleFixtures.submitted("000.10.01.H07-251018-0006", TimeLimit.workingDays(2),
                t("2025-10-18T21:00"), STEPS);
        // an other paper needs its name, once; the note fits its column
        assertInvalid("transition.documents.nameRequired", d, askForDocuments(ASK_NOTE,
                new RequestedDocument("giay-khac", null, "Thiếu")), CLERK, t("2025-10-20T08:00"));
        assertInvalid("transition.documents.twice", d, askForDocuments(ASK_NOTE, MISSING_VALUE, MISSING_VALUE), CLERK,
                t("2025-10-20T08:00"));
        assertInvalid("transition.tooLong", d, askForDocuments("x".repeat(Lifecycle.MAX_NOTE + 1), MISSING_VALUE),
                CLERK, t("2025-10-20T08:00"));
        act(d, askForDocuments(ASK_NOTE, new RequestedDocument("giay-uy-quyen", "Giấy ủy quyền", "Người nộp thay")),
                CLERK, t("2025-10-20T08:00"));
        assertTrue(Lifecycle.allowed(d, STEPS, CLERK, t("2025-10-27T08:00")).contains(Action.REFUSE));
        act(d, TransitionRequest.of(Action.REFUSE, "Quá thời hạn bổ sung mà người nộp không bổ sung"), CLERK,
                t("2025-10-27T08:00"));
        assertEquals(DossierStatus.REFUSED, d.getStatus());
        assertNull(d.getResumeStatus());

        DossierEntity other = LifecycleFixtures.submitted("000.10.01.H07-251018-0007", TimeLimit.workingDays(2),
                t("2025-10-18T21:00"), STEPS);
        act(other, askForDocuments(ASK_NOTE, new RequestedDocument("giay-uy-quyen", "Giấy ủy quyền", "Người nộp thay")),
                CLERK, t("2025-10-20T08:00"));
        lifecycle.apply(other, STEPS, supplied(new SubmittedDocument("giay-uy-quyen", 1, 0, 0, 1)), CITIZEN,
                t("2025-10-21T08:00"), Map.of("giay-uy-quyen", "Giấy ủy quyền"));
        DocumentRow added = other.getDocuments().get(other.getDocuments().size() - 1);
        assertEquals("Giấy ủy quyền", added.getName());
    }

    @Test
    public void anOnlineDossierWithdrawnWhileGuidedBeforeAcceptanceCountsNothing() {
        DossierEntity d = LifecycleFixtures.submitted("000.10.01.H07-251018-0005", TimeLimit.workingDays(2),
                t("2025-10-18T21:00"), STEPS);
        act(d, askForDocuments(ASK_NOTE, MISSING_VALUE), CLERK, t("2025-10-20T08:00"));
        act(d, TransitionRequest.of(Action.WITHDRAW, "Không bổ sung được"), CITIZEN, t("2025-10-21T08:00"));
        assertEquals(DossierStatus.WITHDRAWN, d.getStatus());
        assertEquals("never received: neither received nor withdrawn in the statistics", List.of(),
                StatsDeltas.after(d, Action.WITHDRAW, DossierStatus.SUPPLEMENT_REQUESTED, t("2025-10-21T08:00"), 0));
        DossierEntity received = atApproval();
        assertEquals(1, StatsDeltas.after(received, Action.WITHDRAW, DossierStatus.IN_PROCESS, t("2025-10-15T08:00"),
                0).size());
    }

    @Test
    public void theLeaderMaySendTheDossierBackToTheSpecialistWithAReason() {
        DossierEntity d = atApproval();
        assertInvalid("transition.note.required", d, TransitionRequest.of(Action.SEND_BACK, null), LEADER,
                t("2025-10-15T08:00"));
        AuditEntryEntity e = only(act(d, TransitionRequest.of(Action.SEND_BACK, "Ghi rõ giá trị tài sản trong đề xuất"),
                LEADER, t("2025-10-15T08:00")));
        assertEntry(e, 4, Action.SEND_BACK, DossierStatus.IN_PROCESS, DossierStatus.IN_PROCESS, Role.LEADER,
                "PHE_DUYET", LEADER);
        assertEquals(1, d.getStepIndex());
        assertEquals(t("2025-10-15T08:00"), d.getStepStartedAt());
        assertEquals("THAM_DINH is still due when its share of the budget is used", t("2025-10-15T10:42"),
                d.getStepDueAt());
        assertEquals("the assignee stays", "cv.minh", d.getAssignee());
        act(d, TransitionRequest.of(Action.PROPOSE, "Đã bổ sung giá trị tài sản"), SPECIALIST, t("2025-10-15T09:00"));
        assertEquals(2, d.getStepIndex());
    }

    // --- refusal(): the state machine --------------------------------------------------------------

    @Test
    public void approvalIsRefusedWhileTheSpecialistStillAppraises() {
        String refusal = Lifecycle.refusal(Action.APPROVE, DossierStatus.IN_PROCESS, 1, STEPS);
        assertEquals("Hồ sơ đang ở bước “Thẩm định hồ sơ, đề xuất”, chưa đến bước phê duyệt.", refusal);
    }

    @Test
    public void proposingIsRefusedAtTheLastStep() {
        String refusal = Lifecycle.refusal(Action.PROPOSE, DossierStatus.IN_PROCESS, 2, STEPS);
        assertEquals("Hồ sơ đang ở bước cuối “Phê duyệt, ký kết quả”: hãy phê duyệt thay vì trình tiếp.", refusal);
    }

    @Test
    public void sendingBackIsRefusedAtTheFirstProcessingStep() {
        String refusal = Lifecycle.refusal(Action.SEND_BACK, DossierStatus.IN_PROCESS, 1, STEPS);
        assertEquals("Hồ sơ đang ở bước “Thẩm định hồ sơ, đề xuất”: không có bước trước để trả lại.", refusal);
    }

    @Test
    public void handingOverIsRefusedOnceTheDossierIsInProcess() {
        String refusal = Lifecycle.refusal(Action.HAND_OVER, DossierStatus.IN_PROCESS, 1, STEPS);
        assertEquals("Không thể chuyển hồ sơ cho bộ phận xử lý khi hồ sơ đang ở trạng thái “Đang xử lý”.", refusal);
    }

    @Test
    public void nothingStartsFromAReturnedWithdrawnOrRefusedDossier() {
        for (DossierStatus finalStatus : EnumSet.of(DossierStatus.RETURNED, DossierStatus.WITHDRAWN,
                DossierStatus.REFUSED)) {
            for (Action action : Action.values()) {
                String refusal = Lifecycle.refusal(action, finalStatus, 2, STEPS);
                assertNotNull(action + " from " + finalStatus, refusal);
                assertTrue(refusal, refusal.startsWith("Không thể " + action.label()));
                assertTrue(refusal, refusal.contains("“" + finalStatus.label() + "”"));
            }
        }
    }

    @Test
    public void theAllowedTransitionsAreNotRefused() {
        Object[][] allowed = {
                {Action.ACCEPT, DossierStatus.SUBMITTED, 0},
                {Action.HAND_OVER, DossierStatus.RECEIVED, 0},
                {Action.RESOLVE_ON_SPOT, DossierStatus.RECEIVED, 0},
                {Action.REQUEST_SUPPLEMENT, DossierStatus.SUBMITTED, 0},
                {Action.REQUEST_SUPPLEMENT, DossierStatus.RECEIVED, 0},
                {Action.PROPOSE, DossierStatus.IN_PROCESS, 1},
                {Action.REQUEST_SUPPLEMENT, DossierStatus.IN_PROCESS, 1},
                {Action.TRANSFER, DossierStatus.IN_PROCESS, 1},
                {Action.APPROVE, DossierStatus.IN_PROCESS, 2},
                {Action.SEND_BACK, DossierStatus.IN_PROCESS, 2},
                {Action.APOLOGIZE, DossierStatus.TRANSFERRED, 1},
                {Action.TRANSFER_BACK, DossierStatus.TRANSFERRED, 1},
                {Action.SUPPLEMENT, DossierStatus.SUPPLEMENT_REQUESTED, 1},
                {Action.FEE_PAID, DossierStatus.FEE_REQUESTED, 1},
                {Action.RESUME, DossierStatus.STOPPED, 1},
                {Action.WITHDRAW, DossierStatus.STOPPED, 1},
                {Action.RETURN_RESULT, DossierStatus.RESULT_READY, 2},
        };
        for (Object[] a : allowed) {
            assertNull(a[0] + " from " + a[1] + " at step " + a[2],
                    Lifecycle.refusal((Action) a[0], (DossierStatus) a[1], (Integer) a[2], STEPS));
        }
        assertNotNull("no withdrawal once the result is ready",
                Lifecycle.refusal(Action.WITHDRAW, DossierStatus.RESULT_READY, 2, STEPS));
        assertNotNull("no supplement while transferred",
                Lifecycle.refusal(Action.REQUEST_SUPPLEMENT, DossierStatus.TRANSFERRED, 1, STEPS));
    }

    @Test
    public void everyActionHasItsStartingStatesAndTheRefusalFollowsThem() {
        assertEquals(EnumSet.allOf(Action.class), EnumSet.copyOf(Lifecycle.FROM.keySet()));
        for (Action action : Action.values()) {
            Set<DossierStatus> from = Lifecycle.FROM.get(action);
            assertFalse(action + " starts from somewhere", from.isEmpty());
            for (DossierStatus status : DossierStatus.values()) {
                if (status.isFinal()) {
                    assertFalse(action + " must not start from the final " + status, from.contains(status));
                }
                if (status == DossierStatus.IN_PROCESS) {
                    continue; // the step decides too, see the tests above
                }
                String refusal = Lifecycle.refusal(action, status, 0, STEPS);
                assertEquals(action + " from " + status, !from.contains(status), refusal != null);
            }
        }
    }

    @Test
    public void everyOpenStatusHasAWayOutAndEveryPausedStatusAWayBack() {
        for (DossierStatus status : DossierStatus.values()) {
            boolean leavable = Lifecycle.FROM.values().stream().anyMatch(s -> s.contains(status));
            assertEquals(status + (status.isFinal() ? " is final" : " must lead somewhere"), !status.isFinal(),
                    leavable);
        }
        assertTrue(Lifecycle.FROM.get(Action.SUPPLEMENT).contains(DossierStatus.SUPPLEMENT_REQUESTED));
        assertTrue(Lifecycle.FROM.get(Action.FEE_PAID).contains(DossierStatus.FEE_REQUESTED));
        assertTrue(Lifecycle.FROM.get(Action.RESUME).contains(DossierStatus.STOPPED));
    }

    // --- allowed(): what the console offers each official ------------------------------------------

    @Test
    public void eachOfficialIsOfferedExactlyWhatTheyMayDoNow() {
        LocalDateTime at = t("2025-10-13T09:00");
        DossierEntity d = dossier();
        assertEquals(List.of(Action.HAND_OVER, Action.REQUEST_SUPPLEMENT, Action.REQUEST_FEE, Action.WITHDRAW),
                Lifecycle.allowed(d, STEPS, CLERK, at));
        assertEquals(List.of(Action.STOP, Action.APOLOGIZE), Lifecycle.allowed(d, STEPS, LEADER, at));
        assertEquals(List.of(), Lifecycle.allowed(d, STEPS, SPECIALIST, at));
        assertEquals("another agency's clerk", List.of(), Lifecycle.allowed(d, STEPS, TU_PHAP_CLERK, at));

        DossierEntity a = atAppraisal();
        LocalDateTime later = t("2025-10-14T09:00");
        assertEquals(List.of(Action.PROPOSE, Action.REQUEST_SUPPLEMENT, Action.REQUEST_FEE, Action.TRANSFER),
                Lifecycle.allowed(a, STEPS, SPECIALIST, later));
        assertEquals("not the assignee", List.of(), Lifecycle.allowed(a, STEPS, OTHER_SPECIALIST, later));
        assertEquals(List.of(Action.WITHDRAW), Lifecycle.allowed(a, STEPS, CLERK, later));

        DossierEntity b = atApproval();
        assertTrue(Lifecycle.allowed(b, STEPS, LEADER, t("2025-10-15T09:00")).contains(Action.APPROVE));
        assertTrue("past the due instant: the apology is still owed", Lifecycle.allowed(b, STEPS, LEADER,
                t("2025-10-20T09:00")).contains(Action.APOLOGIZE));
    }

    @Test
    public void theDossierInHandOffersTheSameActionsAsTheStoredOne() {
        // what the REST layer answers after receive/act, without reading the dossier again
        List<Actor> everyone = List.of(CLERK, SPECIALIST, OTHER_SPECIALIST, LEADER, TU_PHAP_CLERK);
        for (DossierEntity d : List.of(dossier(), atAppraisal(), atApproval())) {
            for (LocalDateTime at : List.of(t("2025-10-14T09:00"), t("2025-10-20T09:00"))) {
                for (Actor actor : everyone) {
                    assertEquals(d.getStatus() + " " + actor.userName() + " " + at, Lifecycle.allowed(d, STEPS, actor, at),
                            Lifecycle.allowed(DossierServiceImpl.toDossier(d), actor, at));
                }
            }
        }
        assertEquals(List.of(Action.APPROVE, Action.SEND_BACK, Action.REQUEST_SUPPLEMENT, Action.REQUEST_FEE,
                        Action.STOP, Action.APOLOGIZE, Action.TRANSFER),
                Lifecycle.allowed(DossierServiceImpl.toDossier(atApproval()), LEADER, t("2025-10-14T16:00")));
    }

    // --- authorize(): roles, agencies, the assignee ------------------------------------------------

    @Test
    public void aSpecialistCannotHandOverAtTheCounter() {
        ForbiddenException e = assertForbidden(dossier(), handOver(null), SPECIALIST, t("2025-10-13T10:00"));
        assertEquals("Thao tác “chuyển hồ sơ cho bộ phận xử lý” cần vai trò cán bộ tiếp nhận.", e.getMessage());
    }

    @Test
    public void theClerkCannotProposeForTheSpecialistNorApproveForTheLeader() {
        DossierEntity d = atAppraisal();
        assertForbidden(d, TransitionRequest.of(Action.PROPOSE, null), CLERK, t("2025-10-14T10:00"));
        DossierEntity a = atApproval();
        assertForbidden(a, approve(RESULT), CLERK, t("2025-10-15T09:00"));
        assertForbidden(a, approve(RESULT), SPECIALIST, t("2025-10-15T09:00"));
    }

    @Test
    public void anOfficialOfAnotherAgencyCannotActOnTheDossier() {
        DossierEntity d = dossier();
        ForbiddenException e = assertForbidden(d, handOver(null), TU_PHAP_CLERK, t("2025-10-13T10:00"));
        assertTrue(e.getMessage(), e.getMessage().contains(CODE));
        assertTrue(e.getMessage(), e.getMessage().contains(VO_CUONG));
        assertForbidden(atApproval(), approve(RESULT), TU_PHAP_LEADER, t("2025-10-15T09:00"));
        assertForbidden(atAppraisal(), TransitionRequest.of(Action.STOP, "Tạm dừng"), TU_PHAP_LEADER,
                t("2025-10-14T09:00"));
    }

    @Test
    public void onlyTheAssigneeProposesAnAssignedDossier() {
        DossierEntity d = atAppraisal();
        ForbiddenException e = assertForbidden(d, TransitionRequest.of(Action.PROPOSE, null), OTHER_SPECIALIST,
                t("2025-10-14T10:00"));
        assertEquals("Hồ sơ đang được giao cho cv.minh.", e.getMessage());
        assertForbidden(d, askForDocuments(ASK_NOTE, MISSING_VALUE), OTHER_SPECIALIST, t("2025-10-14T10:00"));

        AuditEntryEntity entry = only(act(d, TransitionRequest.of(Action.PROPOSE, null), SPECIALIST,
                t("2025-10-14T10:00")));
        assertEquals("cv.minh", entry.getUserName());
        assertEquals(2, d.getStepIndex());
    }

    @Test
    public void anyoneWithTheRoleProposesADossierWithoutAssignee() {
        DossierEntity d = dossier();
        act(d, handOver("  "), CLERK, t("2025-10-13T10:00"));
        assertNull(d.getAssignee());
        act(d, TransitionRequest.of(Action.PROPOSE, null), OTHER_SPECIALIST, t("2025-10-14T10:00"));
        assertEquals(2, d.getStepIndex());
    }

    @Test
    public void theAssigneeMustBeASpecialistOfTheAgency() {
        assertInvalid("transition.assignee.unknown", dossier(), handOver("khong.co.ai"), CLERK, t("2025-10-13T10:00"));
        assertInvalid("transition.assignee.unknown", dossier(), handOver("ld.hung"), CLERK, t("2025-10-13T10:00"));
        assertInvalid("transition.assignee.unknown", dossier(), handOver("tp.dung"), CLERK, t("2025-10-13T10:00"));
        DossierEntity d = dossier();
        act(d, handOver(" cv.lan "), CLERK, t("2025-10-13T10:00"));
        assertEquals("cv.lan", d.getAssignee());
    }

    @Test
    public void aTransferredDossierComesBackOnlyThroughTheOtherAgencysSpecialistOrLeader() {
        DossierEntity d = atAppraisal();
        d.setDueAt(t("2025-10-24T17:30")); // a procedure with time for the other agency's 5 days
        // transferred Tue 14/10 for 5 working days: counted from Wed 15/10 (Wed, Thu, Fri, Mon 20,
        // Tue 21/10), due at the end of office hours of Tue 21/10, as a procedure's working days are
        AuditEntryEntity out = only(act(d, transfer(TU_PHAP, 5), SPECIALIST, t("2025-10-14T08:00")));
        assertEntry(out, 3, Action.TRANSFER, DossierStatus.IN_PROCESS, DossierStatus.TRANSFERRED, Role.SPECIALIST,
                "THAM_DINH", SPECIALIST);
        assertEquals(DossierStatus.TRANSFERRED, d.getStatus());
        assertEquals(TU_PHAP, d.getTransferAgency());
        assertEquals(t("2025-10-21T17:30"), d.getTransferDueAt());
        assertEquals(t("2025-10-21T17:30"), out.getStepDueAt());
        assertEquals(TU_PHAP, details(out).get("toAgency"));
        assertEquals(5, details(out).get("workingDays"));
        assertEquals("the clock keeps running while another agency works", t("2025-10-14T07:30"),
                d.getRunningSince());

        assertForbidden(d, TransitionRequest.of(Action.TRANSFER_BACK, null), SPECIALIST, t("2025-10-16T10:00"));
        assertForbidden(d, TransitionRequest.of(Action.TRANSFER_BACK, null), TU_PHAP_CLERK, t("2025-10-16T10:00"));

        AuditEntryEntity back = only(act(d, TransitionRequest.of(Action.TRANSFER_BACK, "Đã có ý kiến của Phòng Tư pháp"),
                TU_PHAP_SPECIALIST, t("2025-10-16T10:00")));
        assertEntry(back, 4, Action.TRANSFER_BACK, DossierStatus.TRANSFERRED, DossierStatus.IN_PROCESS,
                Role.SPECIALIST, "THAM_DINH", TU_PHAP_SPECIALIST);
        assertEquals(t("2025-10-21T17:30"), back.getStepDueAt());
        assertEquals(TU_PHAP, details(back).get("fromAgency"));
        assertEquals(DossierStatus.IN_PROCESS, d.getStatus());
        assertEquals("back at the same step", 1, d.getStepIndex());
        assertNull(d.getTransferAgency());
        assertNull(d.getTransferDueAt());
        // …and the dossier's own specialist goes on.
        act(d, TransitionRequest.of(Action.PROPOSE, null), SPECIALIST, t("2025-10-16T11:00"));
        assertEquals(2, d.getStepIndex());
    }

    @Test
    public void theOtherAgencysLeaderMayAlsoSendATransferredDossierBack() {
        DossierEntity d = atAppraisal();
        d.setDueAt(t("2025-10-24T17:30"));
        act(d, transfer(TU_PHAP, 3), SPECIALIST, t("2025-10-14T08:00"));
        // without the coordinating agency's answer, refused
        ValidationException silent = assertThrows(ValidationException.class, () -> act(d,
                TransitionRequest.of(Action.TRANSFER_BACK, " "), TU_PHAP_LEADER, t("2025-10-15T08:00")));
        assertEquals("transition.transferBack.note", silent.problems().get(0).code());
        AuditEntryEntity back = only(act(d, TransitionRequest.of(Action.TRANSFER_BACK, "Đã xác minh nơi cư trú"),
                TU_PHAP_LEADER, t("2025-10-15T08:00")));
        assertEquals(Role.LEADER, back.getRole());
        assertEquals(DossierStatus.IN_PROCESS, d.getStatus());
    }

    @Test
    public void aTransferNeedsAnotherExistingAgencyAndATimeOfOneToSixtyWorkingDays() {
        assertInvalid("transition.agency.required", atAppraisal(), transfer(" ", 5), SPECIALIST, t("2025-10-14T08:00"));
        assertInvalid("transition.agency.unknown", atAppraisal(), transfer("000.99.99.H07", 5), SPECIALIST,
                t("2025-10-14T08:00"));
        // merged away on 1/7/2025: it receives no inter-agency dossier after that
        assertInvalid("transition.agency.unknown", atAppraisal(), transfer(LifecycleFixtures.MERGED_AWAY, 5),
                SPECIALIST, t("2025-10-14T08:00"));
        assertInvalid("transition.agency.same", atAppraisal(), transfer(VO_CUONG, 5), SPECIALIST,
                t("2025-10-14T08:00"));
        assertInvalid("transition.workingDays.invalid", atAppraisal(), transfer(TU_PHAP, 0), SPECIALIST,
                t("2025-10-14T08:00"));
        assertInvalid("transition.workingDays.invalid", atAppraisal(), transfer(TU_PHAP, 61), SPECIALIST,
                t("2025-10-14T08:00"));
        assertInvalid("transition.workingDays.invalid", atAppraisal(), transfer(TU_PHAP, null), SPECIALIST,
                t("2025-10-14T08:00"));
    }

    @Test
    public void theSupplementsEntryIsJudgedAgainstTheStepTimeThePauseMoved() {
        DossierEntity d = atAppraisal();
        act(d, askForDocuments(ASK_NOTE, MISSING_VALUE), SPECIALIST, t("2025-10-14T10:00"));
        // the applicant takes three days: handed in after the step's old due time, yet not late
        AuditEntryEntity in = only(act(d, supplied(new SubmittedDocument("du-thao", 1, 0, 0, 2)), CLERK,
                t("2025-10-17T09:00")));
        assertEquals(d.getStepDueAt(), in.getStepDueAt());
        assertTrue(in.getStepDueAt().toString(), in.getStepDueAt().isAfter(t("2025-10-17T09:00")));
    }

    @Test
    public void theReceivingLeaderRecallsATransferAndApologisesWhileItIsAway() {
        DossierEntity d = atAppraisal();
        d.setDueAt(t("2025-10-24T17:30"));
        act(d, transfer(TU_PHAP, 3), SPECIALIST, t("2025-10-14T08:00"));
        // the letter and its new date come from the agency that returns the result, not the other one
        assertForbidden(d, apologize(t("2025-10-27T09:00"), APOLOGY), TU_PHAP_LEADER, t("2025-10-23T09:00"));
        act(d, apologize(t("2025-10-27T09:00"), APOLOGY), LEADER, t("2025-10-23T09:00"));
        assertEquals(t("2025-10-27T09:00"), d.getAppointmentAt());
        assertEquals(DossierStatus.TRANSFERRED, d.getStatus());
        // the other agency has not answered: the receiving leader takes the dossier back, with the reason
        assertInvalid("transition.transferBack.note", d, TransitionRequest.of(Action.TRANSFER_BACK, " "), LEADER,
                t("2025-10-23T10:00"));
        AuditEntryEntity recalled = only(act(d, TransitionRequest.of(Action.TRANSFER_BACK,
                "Phòng Tư pháp chưa có ý kiến, thu hồi để giải quyết"), LEADER, t("2025-10-23T10:00")));
        assertEquals(Role.LEADER, recalled.getRole());
        assertEquals(DossierStatus.IN_PROCESS, d.getStatus());
        assertNull(d.getTransferAgency());
    }

    @Test
    public void theOtherAgencysDaysMustEndByTheDatePromisedToTheApplicant() {
        // due Wed 15/10 17:30 (2 working days from Mon 13/10): on Tue 14/10, one working day is left
        ValidationException tooLong = assertThrows(ValidationException.class, () -> act(atAppraisal(),
                transfer(TU_PHAP, 5), SPECIALIST, t("2025-10-14T08:00")));
        assertEquals("transition.workingDays.pastDue", tooLong.problems().get(0).code());
        assertTrue(tooLong.problems().get(0).message(), tooLong.problems().get(0).message().contains(
                "17:30 15/10/2025): chọn tối đa 1 ngày làm việc"));
        DossierEntity d = atAppraisal();
        act(d, transfer(TU_PHAP, 1), SPECIALIST, t("2025-10-14T08:00"));
        assertEquals(t("2025-10-15T17:30"), d.getTransferDueAt());
        // on the due date's evening nothing is left: the letter of apology with a new date comes first
        assertInvalid("transition.workingDays.noTime", atAppraisal(), transfer(TU_PHAP, 1), SPECIALIST,
                t("2025-10-15T18:00"));
        DossierEntity apologised = atAppraisal();
        apologised.setAppointmentAt(t("2025-10-24T16:00"));
        act(apologised, transfer(TU_PHAP, 5), SPECIALIST, t("2025-10-15T18:00"));
        // after office hours it counts from the next working day, as a reception does
        assertEquals(t("2025-10-23T17:30"), apologised.getTransferDueAt());
    }

    // --- supplements ---------------------------------------------------------------------------------

    @Test
    public void aSupplementRequestNamesTheDocumentsWithReasonsAndHasANote() {
        LocalDateTime at = t("2025-10-14T10:00");
        assertInvalid("transition.documents.required", atAppraisal(), askForDocuments(ASK_NOTE), SPECIALIST, at);
        assertInvalid("transition.documents.required", atAppraisal(), askForDocuments(null, MISSING_VALUE),
                SPECIALIST, at);
        assertInvalid("transition.documents.required", atAppraisal(),
                askForDocuments(ASK_NOTE, new RequestedDocument("du-thao", null, " ")), SPECIALIST, at);
        assertInvalid("transition.documents.required", atAppraisal(),
                askForDocuments(ASK_NOTE, new RequestedDocument("", "Giấy tờ khác", "Thiếu")), SPECIALIST, at);
        DossierEntity d = atAppraisal();
        assertInvalid("transition.documents.required", d, askForDocuments(ASK_NOTE), SPECIALIST, at);
        assertEquals("the clock still runs", t("2025-10-14T07:30"), d.getRunningSince());
        assertNull(d.getSupplements());
    }

    @Test
    public void aSupplementRequestStopsTheClockAndTheSupplementResumesAtTheSameStep() {
        DossierEntity d = atAppraisal();
        AuditEntryEntity ask = only(act(d, askForDocuments(ASK_NOTE, MISSING_VALUE), SPECIALIST,
                t("2025-10-14T10:00")));
        assertEntry(ask, 3, Action.REQUEST_SUPPLEMENT, DossierStatus.IN_PROCESS, DossierStatus.SUPPLEMENT_REQUESTED,
                Role.SPECIALIST, "THAM_DINH", SPECIALIST);
        assertEquals(ASK_NOTE, ask.getNote());
        @SuppressWarnings("unchecked")
        List<Map<String, String>> asked = (List<Map<String, String>>) details(ask).get("requestedDocuments");
        assertEquals(List.of(Map.of("code", "du-thao", "name", "Dự thảo hợp đồng",
                "reason", "Dự thảo hợp đồng chưa ghi giá trị tài sản")), asked);
        assertEquals(VO_CUONG, details(ask).get("agency"));
        assertEquals(DossierStatus.SUPPLEMENT_REQUESTED, d.getStatus());
        assertTrue(d.getStatus().isPaused());
        assertEquals(DossierStatus.IN_PROCESS, d.getResumeStatus());
        assertNull(d.getRunningSince());
        assertEquals("Tue 14/10 07:30–10:00", Math.round(2.5 * 3600), d.getConsumedSeconds());
        assertEquals(VO_CUONG + "=1", d.getSupplements());

        assertInvalid("transition.supplied.required", d, supplied(), CLERK, t("2025-10-16T09:00"));
        // what intake would refuse, a supplement refuses too: a code that is not the procedure's, an absurd count
        assertInvalid("document.unknown", d, supplied(new SubmittedDocument("x".repeat(5000), 1, 0, 0, 1)), CITIZEN,
                t("2025-10-16T09:00"));
        assertInvalid("document.quantity.invalid", d, supplied(new SubmittedDocument("du-thao", 2_000_000_000, 0, 0,
                1)), CITIZEN, t("2025-10-16T09:00"));
        // a negative count is named as such, not as a missing paper
        assertEquals(List.of("document.quantity.invalid"), problemCodes(assertThrows(ValidationException.class,
                () -> lifecycle.apply(d, STEPS, supplied(new SubmittedDocument("du-thao", 1, 0, 0, -5)), CITIZEN,
                        t("2025-10-16T09:00")))));
        AuditEntryEntity back = only(act(d, supplied(new SubmittedDocument("du-thao", 1, 0, 0, 3)), CLERK,
                t("2025-10-16T09:00")));
        assertEntry(back, 4, Action.SUPPLEMENT, DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.IN_PROCESS,
                Role.RECEPTION_CLERK, "THAM_DINH", CLERK);
        assertEquals(DossierStatus.IN_PROCESS, d.getStatus());
        assertNull(d.getResumeStatus());
        assertEquals(1, d.getStepIndex());
        assertEquals(t("2025-10-16T09:00"), d.getRunningSince());
        // 13.5 h left from Thu 16/10 09:00: Thu 6.5 h, Fri 17/10 07:30 + 7 h → 16:30.
        assertEquals(t("2025-10-17T16:30"), d.getDueAt());
        // THAM_DINH: 11.2 h − 2.5 h = 8 h 42 left: Thu 6.5 h, Fri 07:30 + 2 h 12 → 09:42.
        assertEquals(t("2025-10-17T09:42"), d.getStepDueAt());
        // The supplied draft replaces the first one.
        assertEquals(2, d.getDocuments().size());
        DocumentRow draft = d.getDocuments().get(0);
        assertEquals("du-thao", draft.getCode());
        assertEquals("Dự thảo hợp đồng", draft.getName());
        assertEquals(3, draft.getPages());
    }

    @Test
    public void aSupplementThatGivesNoQuantitiesKeepsThoseTheDossierWasReceivedWith() {
        // the citizen's page hands in a clearer original without retyping the copies and pages the fee counted
        DossierEntity d = atAppraisal();
        DocumentRow before = d.getDocuments().get(1);                  // cccd: 2 copies of 2 pages
        act(d, askForDocuments(ASK_NOTE, MISSING_VALUE), SPECIALIST, t("2025-10-14T10:00"));
        act(d, supplied(new SubmittedDocument(before.getCode(), 1, 0, 0, 0)), CITIZEN, t("2025-10-15T08:00"));
        DocumentRow after = d.getDocuments().get(1);
        assertEquals(1, after.getOriginals());
        assertEquals(2, after.getCopies());
        assertEquals(before.getCopies(), after.getCopies());
        assertEquals(before.getCertifiedCopies(), after.getCertifiedCopies());
        assertEquals(before.getPages(), after.getPages());
    }

    @Test
    public void theOneStopMayAskForASupplementBeforeHandingOver() {
        DossierEntity d = dossier();
        act(d, askForDocuments(ASK_NOTE, MISSING_VALUE), CLERK, t("2025-10-14T09:00"));
        assertEquals(DossierStatus.RECEIVED, d.getResumeStatus());
        act(d, supplied(new SubmittedDocument("du-thao", 1, 0, 0, 2)), CITIZEN, t("2025-10-15T08:00"));
        assertEquals(DossierStatus.RECEIVED, d.getStatus());
        assertEquals(0, d.getStepIndex());
        // 1.5 h ran on Tue; 14.5 h from Wed 15/10 08:00: Wed 7.5 h, Thu 16/10 07:30 + 7 h → 16:30.
        assertEquals(t("2025-10-16T16:30"), d.getDueAt());
    }

    @Test
    public void anAgencyMayAskForASupplementOnlyOnceUnlessTheProcedureAllowsMore() {
        DossierEntity d = atAppraisal();
        act(d, askForDocuments(ASK_NOTE, MISSING_VALUE), SPECIALIST, t("2025-10-14T10:00"));
        act(d, supplied(new SubmittedDocument("du-thao", 1, 0, 0, 3)), CLERK, t("2025-10-16T09:00"));
        // the one request is used: the console no longer offers it, from the stored dossier or the one in hand
        assertEquals(List.of(Action.PROPOSE, Action.REQUEST_FEE, Action.TRANSFER),
                Lifecycle.allowed(d, STEPS, SPECIALIST, t("2025-10-16T10:00")));
        assertEquals(0, DossierServiceImpl.toDossier(d).progress().supplementRequestsLeft());
        assertEquals(Lifecycle.allowed(d, STEPS, SPECIALIST, t("2025-10-16T10:00")),
                Lifecycle.allowed(DossierServiceImpl.toDossier(d), SPECIALIST, t("2025-10-16T10:00")));

        // A document the dossier does not have yet: its name comes from the procedure catalogue.
        TransitionRequest again = askForDocuments("Bổ sung giấy tờ xe",
                new RequestedDocument("dang-ky-xe", null, "Chưa nộp bản chính"),
                new RequestedDocument("giay-khac", "Giấy xác nhận của công an xã", "Thiếu"));
        ValidationException e = assertThrows(ValidationException.class,
                () -> lifecycle.apply(d, STEPS, again, SPECIALIST, t("2025-10-16T10:00")));
        assertEquals(List.of("transition.supplementLimit"), problemCodes(e));
        assertEquals("Đơn vị " + VO_CUONG + " đã yêu cầu bổ sung hồ sơ này 1 lần: thủ tục chỉ cho phép 1 lần mỗi đơn vị.",
                e.problems().get(0).message());
        assertEquals(DossierStatus.IN_PROCESS, d.getStatus());

        d.setSupplementLimit(2);
        assertTrue(Lifecycle.allowed(d, STEPS, SPECIALIST, t("2025-10-16T10:00")).contains(Action.REQUEST_SUPPLEMENT));
        AuditEntryEntity second = only(act(d, again, SPECIALIST, t("2025-10-16T10:00")));
        assertEquals(DossierStatus.SUPPLEMENT_REQUESTED, d.getStatus());
        assertEquals(VO_CUONG + "=2", d.getSupplements());
        @SuppressWarnings("unchecked")
        List<Map<String, String>> asked = (List<Map<String, String>>) details(second).get("requestedDocuments");
        assertEquals("Giấy chứng nhận đăng ký xe", asked.get(0).get("name"));
        assertEquals("unknown to the dossier and the catalogue: as the request names it", "Giấy xác nhận của công an xã",
                asked.get(1).get("name"));

        // what was asked for can be handed in, listed by the procedure or not
        TransitionRequest other = supplied(new SubmittedDocument("giay-khac", 1, 0, 0, 1));
        ValidationException notAsked = assertThrows(ValidationException.class,
                () -> lifecycle.apply(d, STEPS, other, CLERK, t("2025-10-17T09:00")));
        assertEquals(List.of("document.unknown"), problemCodes(notAsked));
        lifecycle.apply(d, STEPS, other, CLERK, t("2025-10-17T09:00"), Map.of("dang-ky-xe",
                "Giấy chứng nhận đăng ký xe", "giay-khac", "Giấy xác nhận của công an xã"));
        assertEquals(DossierStatus.IN_PROCESS, d.getStatus());
    }

    @Test
    public void aDocumentUnknownWhileTheProcedureIsNotInstalledSaysSo() {
        Lifecycle away = new Lifecycle(new Lifecycle.Context(CONTEXT.calendar(), CONTEXT.agencyActive(),
                CONTEXT.userByName(), (procedure, document) -> null, procedure -> false));
        DossierEntity d = atAppraisal();
        act(d, askForDocuments(ASK_NOTE, MISSING_VALUE), SPECIALIST, t("2025-10-14T10:00"));
        ValidationException e = assertThrows(ValidationException.class, () -> away.apply(d, STEPS,
                supplied(new SubmittedDocument("ban-sao-gcnkh", 1, 0, 0, 1)), CLERK, t("2025-10-16T09:00")));
        assertEquals(List.of("document.procedureAway"), problemCodes(e));
        assertTrue(e.problems().get(0).message(), e.problems().get(0).message().startsWith("Thủ tục 2.001035 hiện "
                + "không được cài đặt"));
    }

    @Test
    public void waitingForASupplementHandedInOnTheReceiptDayDoesNotShortenTheTimeLimit() {
        // Regression (same root cause as DossierClockTest.waitingOnTheReceiptDayDoesNotBringTheDueDateForward):
        // counting only starts on the day after receipt (Tue 14/10 07:30), so a supplement asked for
        // and handed in on Monday must leave the 16 h intact.
        DossierEntity d = atAppraisal();                    // received Mon 13/10 08:15, handed over 10:00
        act(d, askForDocuments(ASK_NOTE, MISSING_VALUE), SPECIALIST, t("2025-10-13T10:30"));
        assertEquals(0, d.getConsumedSeconds());
        act(d, supplied(new SubmittedDocument("du-thao", 1, 0, 0, 3)), CLERK, t("2025-10-13T14:00"));
        // Still Wed 15/10 17:30 (16 h counted from Mon 14:00 would end Wed 15/10 14:00).
        assertEquals(t("2025-10-15T17:30"), d.getDueAt());
        assertEquals(t("2025-10-15T10:42"), d.getStepDueAt());
        assertEquals(t("2025-10-14T07:30"), d.getRunningSince());
    }

    // --- apology -------------------------------------------------------------------------------------

    @Test
    public void anApologyBeforeTheDueDateSetsANewAppointmentAndKeepsTheDueDate() {
        DossierEntity d = atApproval();
        AuditEntryEntity e = only(act(d, apologize(t("2025-10-17T16:00"), APOLOGY), LEADER, t("2025-10-15T09:00")));
        assertEntry(e, 4, Action.APOLOGIZE, DossierStatus.IN_PROCESS, DossierStatus.IN_PROCESS, Role.LEADER,
                "PHE_DUYET", LEADER);
        assertEquals(t("2025-10-17T16:00"), d.getAppointmentAt());
        assertEquals("a late dossier stays late: the legal due date does not move", t("2025-10-15T17:30"),
                d.getDueAt());
        assertEquals("2025-10-15T17:30", details(e).get("previousDueAt"));
        assertEquals("2025-10-17T16:00", details(e).get("appointment"));
        assertEquals(APOLOGY, e.getNote());
    }

    @Test
    public void anApologyAfterTheDueDateStillSetsANewAppointmentAhead() {
        // the letter was due a day before the deadline; missed, it is still owed, with a date still to come
        DossierEntity d = atApproval();
        assertTrue(Lifecycle.allowed(d, STEPS, LEADER, t("2025-10-16T08:00")).contains(Action.APOLOGIZE));
        ValidationException e = assertThrows(ValidationException.class,
                () -> lifecycle.apply(d, STEPS, apologize(t("2025-10-16T07:30"), APOLOGY), LEADER, t("2025-10-16T08:00")));
        assertEquals("transition.appointment.past", e.problems().get(0).code());
        assertEquals("Ngày hẹn mới (07:30 16/10/2025) đã qua; hãy hẹn một ngày sắp tới.", e.problems().get(0).message());
        assertNull(d.getAppointmentAt());
        AuditEntryEntity entry = only(act(d, apologize(t("2025-10-20T16:00"), APOLOGY), LEADER, t("2025-10-16T08:00")));
        assertEquals(t("2025-10-20T16:00"), d.getAppointmentAt());
        assertEquals("still late by the legal due date", t("2025-10-15T17:30"), d.getDueAt());
        assertEquals("2025-10-20T16:00", details(entry).get("appointment"));
        // a second letter breaks the first one's date, and says so
        AuditEntryEntity second = only(act(d, apologize(t("2025-10-22T16:00"), APOLOGY), LEADER,
                t("2025-10-20T09:00")));
        assertEquals("2025-10-20T16:00", details(second).get("previousDueAt"));
    }

    @Test
    public void theNewAppointmentMustBeLaterThanTheDueDateAndTheApologyNeedsAReason() {
        assertInvalid("transition.appointment.notLater", atApproval(), apologize(t("2025-10-15T17:30"), APOLOGY),
                LEADER, t("2025-10-15T09:00"));
        assertInvalid("transition.appointment.notLater", atApproval(), apologize(t("2025-10-15T16:00"), APOLOGY),
                LEADER, t("2025-10-15T09:00"));
        assertInvalid("transition.appointment.required", atApproval(), apologize(null, APOLOGY), LEADER,
                t("2025-10-15T09:00"));
        assertInvalid("transition.note.required", atApproval(), apologize(t("2025-10-17T16:00"), ""), LEADER,
                t("2025-10-15T09:00"));
    }

    @Test
    public void theNewAppointmentFallsInOfficeHoursOfAWorkingDay() {
        // the due instant is Wed 15/10/2025 17:30; Sat 18/10 is a day off, 12:00 the lunch break
        assertInvalid("transition.appointment.closed", atApproval(), apologize(t("2025-10-18T09:00"), APOLOGY), LEADER,
                t("2025-10-15T09:00"));
        assertInvalid("transition.appointment.closed", atApproval(), apologize(t("2025-10-17T12:00"), APOLOGY), LEADER,
                t("2025-10-15T09:00"));
        assertInvalid("transition.appointment.closed", atApproval(), apologize(t("2025-10-17T18:00"), APOLOGY), LEADER,
                t("2025-10-15T09:00"));
        DossierEntity d = atApproval();
        ValidationException e = assertThrows(ValidationException.class,
                () -> lifecycle.apply(d, STEPS, apologize(t("2025-10-18T09:00"), APOLOGY), LEADER, t("2025-10-15T09:00")));
        assertEquals("Ngày hẹn mới (09:00 18/10/2025) phải vào giờ làm việc của một ngày làm việc "
                + "(07:30–11:30, 13:30–17:30).", e.problems().get(0).message());
        act(atApproval(), apologize(t("2025-10-17T07:30"), APOLOGY), LEADER, t("2025-10-15T09:00"));
        act(atApproval(), apologize(t("2025-10-17T17:30"), APOLOGY), LEADER, t("2025-10-15T09:00"));
    }

    @Test
    public void aSecondApologyPromisesALaterDayThanTheFirst() {
        DossierEntity d = atApproval();
        act(d, apologize(t("2025-10-17T16:00"), APOLOGY), LEADER, t("2025-10-15T09:00"));
        assertTrue("past the due instant, before the appointment: a second apology may be made",
                Lifecycle.allowed(d, STEPS, LEADER, t("2025-10-16T09:00")).contains(Action.APOLOGIZE));
        assertInvalid("transition.appointment.notLater", d, apologize(t("2025-10-17T10:00"), APOLOGY), LEADER,
                t("2025-10-16T09:00"));
        act(d, apologize(t("2025-10-20T09:00"), APOLOGY), LEADER, t("2025-10-16T09:00"));
        assertEquals(t("2025-10-20T09:00"), d.getAppointmentAt());
        assertEquals("the legal due date still does not move", t("2025-10-15T17:30"), d.getDueAt());
        assertInvalid("transition.appointment.notLater", d, apologize(t("2025-10-20T08:00"), APOLOGY), LEADER,
                t("2025-10-20T09:00"));
        act(d, apologize(t("2025-10-22T09:00"), APOLOGY), LEADER, t("2025-10-20T09:00"));
        assertEquals("missed again: a third letter", t("2025-10-22T09:00"), d.getAppointmentAt());
    }

    @Test
    public void onlyALeaderApologizes() {
        assertForbidden(atApproval(), apologize(t("2025-10-17T16:00"), APOLOGY), CLERK, t("2025-10-15T09:00"));
        assertForbidden(atAppraisal(), apologize(t("2025-10-17T16:00"), APOLOGY), SPECIALIST, t("2025-10-15T09:00"));
    }

    // --- "4 tại chỗ" -----------------------------------------------------------------------------------

    private DossierEntity sameDay() {
        // "Chứng thực bản sao từ bản chính": trong ngày. Received Mon 13/10/2025 09:00: due 17:30,
        // budget 6.5 h; TIEP_NHAN due 09:39, THAM_DINH 15:33, PHE_DUYET 17:30.
        return LifecycleFixtures.received("000.10.01.H07-251013-0002", TimeLimit.sameDay(), t("2025-10-13T09:00"),
                STEPS, lifecycle.clock());
    }

    @Test
    public void oneOfficialWithAllRolesResolvesASameDayDossierOnTheSpot() {
        DossierEntity d = sameDay();
        LocalDateTime at = t("2025-10-13T09:20");
        List<AuditEntryEntity> entries = act(d, onSpot("Bản sao chứng thực số 45/2025/SCT-BS", APPLICANT),
                ALL_IN_ONE, at);

        assertEquals(4, entries.size());
        assertEntry(entries.get(0), 2, Action.HAND_OVER, DossierStatus.RECEIVED, DossierStatus.IN_PROCESS,
                Role.RECEPTION_CLERK, "TIEP_NHAN", ALL_IN_ONE);
        assertEntry(entries.get(1), 3, Action.PROPOSE, DossierStatus.IN_PROCESS, DossierStatus.IN_PROCESS,
                Role.SPECIALIST, "THAM_DINH", ALL_IN_ONE);
        assertEntry(entries.get(2), 4, Action.APPROVE, DossierStatus.IN_PROCESS, DossierStatus.RESULT_READY,
                Role.LEADER, "PHE_DUYET", ALL_IN_ONE);
        assertEntry(entries.get(3), 5, Action.RETURN_RESULT, DossierStatus.RESULT_READY, DossierStatus.RETURNED,
                Role.RECEPTION_CLERK, null, ALL_IN_ONE);
        assertEquals(t("2025-10-13T09:39"), entries.get(0).getStepDueAt());
        assertEquals(t("2025-10-13T15:33"), entries.get(1).getStepDueAt());
        assertEquals(t("2025-10-13T17:30"), entries.get(2).getStepDueAt());
        assertEquals("Bản sao chứng thực số 45/2025/SCT-BS", details(entries.get(2)).get("result"));
        assertEquals(APPLICANT, details(entries.get(3)).get("collectedBy"));
        for (AuditEntryEntity e : entries) {
            assertEquals("Giải quyết tại chỗ", e.getNote());
            assertEquals(at, e.getActedAt());
        }

        assertEquals(DossierStatus.RETURNED, d.getStatus());
        assertEquals(5, d.getAuditCount());
        assertEquals(2, d.getStepIndex());
        assertEquals(at, d.getHandedOverAt());
        assertEquals(at, d.getFinishedAt());
        assertEquals(at, d.getReturnedAt());
        assertEquals(APPLICANT, d.getCollectedBy());
        assertEquals("Bản sao chứng thực số 45/2025/SCT-BS", d.getResultText());
        assertNull(d.getRunningSince());
        assertEquals("20 minutes of the 6.5 h", 20 * 60, d.getConsumedSeconds());
    }

    @Test
    public void aClerkWithoutTheOtherRolesCannotResolveOnTheSpot() {
        ForbiddenException e = assertForbidden(sameDay(), onSpot("Bản sao chứng thực", APPLICANT), CLERK,
                t("2025-10-13T09:20"));
        assertEquals("Giải quyết tại chỗ cần một cán bộ có đủ các vai trò: tiếp nhận, chuyên viên và lãnh đạo.",
                e.getMessage());
        Actor clerkAndSpecialist = new Actor("cb.an", "Bùi Văn An", Set.of(Role.RECEPTION_CLERK, Role.SPECIALIST),
                VO_CUONG);
        assertForbidden(sameDay(), onSpot("Bản sao chứng thực", APPLICANT), clerkAndSpecialist, t("2025-10-13T09:20"));
        assertForbidden(sameDay(), onSpot("Bản sao chứng thực", APPLICANT), LEADER, t("2025-10-13T09:20"));
    }

    @Test
    public void onlySameDayProceduresAreResolvedOnTheSpotAndTheyNeedAResultAndWhoCollectedIt() {
        assertInvalid("transition.onSpot.sameDay", dossier(), onSpot(RESULT, APPLICANT), ALL_IN_ONE,
                t("2025-10-13T09:20"));
        assertInvalid("transition.result.required", sameDay(), onSpot(" ", APPLICANT), ALL_IN_ONE,
                t("2025-10-13T09:20"));
        assertInvalid("transition.collectedBy.required", sameDay(), onSpot(RESULT, null), ALL_IN_ONE,
                t("2025-10-13T09:20"));
    }

    // --- fee, stop, withdrawal -----------------------------------------------------------------------

    @Test
    public void aFeeRequestPausesTheClockUntilTheOneStopConfirmsPayment() {
        assertInvalid("transition.amount.invalid", atAppraisal(), fee(0L), SPECIALIST, t("2025-10-14T10:00"));
        assertInvalid("transition.amount.invalid", atAppraisal(), fee(null), SPECIALIST, t("2025-10-14T10:00"));
        DossierEntity d = atAppraisal();
        AuditEntryEntity e = only(act(d, fee(150_000L), SPECIALIST, t("2025-10-14T10:00")));
        assertEntry(e, 3, Action.REQUEST_FEE, DossierStatus.IN_PROCESS, DossierStatus.FEE_REQUESTED,
                Role.SPECIALIST, "THAM_DINH", SPECIALIST);
        assertEquals(150_000, ((Number) details(e).get("amount")).longValue());
        assertEquals(DossierStatus.FEE_REQUESTED, d.getStatus());
        assertEquals(DossierStatus.IN_PROCESS, d.getResumeStatus());
        assertNull(d.getRunningSince());
        assertEquals(Math.round(2.5 * 3600), d.getConsumedSeconds());

        assertForbidden(d, TransitionRequest.of(Action.FEE_PAID, null), SPECIALIST, t("2025-10-15T10:00"));
        AuditEntryEntity paid = only(act(d, TransitionRequest.of(Action.FEE_PAID, "Đã nộp 150.000 đồng"), CLERK,
                t("2025-10-15T10:00")));
        assertEquals(DossierStatus.IN_PROCESS, paid.getToStatus());
        assertEquals(DossierStatus.IN_PROCESS, d.getStatus());
        assertEquals(1, d.getStepIndex());
        assertEquals(t("2025-10-15T10:00"), d.getRunningSince());
        // 13.5 h from Wed 15/10 10:00: Wed 1.5 h + 4 h, Thu 16/10 8 h → 17:30.
        assertEquals(t("2025-10-16T17:30"), d.getDueAt());
    }

    @Test
    public void onlyALeaderStopsAndResumesAndStoppingNeedsAReason() {
        DossierEntity d = atAppraisal();
        LocalDateTime at = t("2025-10-14T10:00");
        TransitionRequest stop = TransitionRequest.of(Action.STOP, "Chờ kết quả xác minh của Công an phường");
        assertForbidden(d, stop, CLERK, at);
        assertForbidden(d, stop, SPECIALIST, at);
        assertInvalid("transition.note.required", d, TransitionRequest.of(Action.STOP, null), LEADER, at);

        AuditEntryEntity e = only(act(d, stop, LEADER, at));
        assertEntry(e, 3, Action.STOP, DossierStatus.IN_PROCESS, DossierStatus.STOPPED, Role.LEADER, "THAM_DINH",
                LEADER);
        assertEquals(DossierStatus.STOPPED, d.getStatus());
        assertEquals(DossierStatus.IN_PROCESS, d.getResumeStatus());
        assertNull(d.getRunningSince());

        assertForbidden(d, TransitionRequest.of(Action.RESUME, null), SPECIALIST, t("2025-10-20T07:30"));
        assertForbidden(d, TransitionRequest.of(Action.RESUME, null), CLERK, t("2025-10-20T07:30"));
        act(d, TransitionRequest.of(Action.RESUME, null), LEADER, t("2025-10-20T07:30"));
        assertEquals(DossierStatus.IN_PROCESS, d.getStatus());
        assertEquals(1, d.getStepIndex());
        assertNull(d.getResumeStatus());
        // 13.5 h from Mon 20/10 07:30: Mon 8 h, Tue 21/10 07:30 + 5.5 h → 15:00.
        assertEquals(t("2025-10-21T15:00"), d.getDueAt());
    }

    @Test
    public void aWithdrawalEndsTheDossierAndStopsItsClock() {
        DossierEntity d = atAppraisal();
        AuditEntryEntity e = only(act(d, TransitionRequest.of(Action.WITHDRAW, "Người nộp xin rút hồ sơ"), CITIZEN,
                t("2025-10-14T11:00")));
        assertEquals(Role.CITIZEN, e.getRole());
        assertEquals(DossierStatus.WITHDRAWN, e.getToStatus());
        assertEquals(DossierStatus.WITHDRAWN, d.getStatus());
        assertTrue(d.getStatus().isFinal());
        assertEquals(t("2025-10-14T11:00"), d.getFinishedAt());
        assertNull(d.getRunningSince());
        assertEquals("Tue 07:30–11:00", Math.round(3.5 * 3600), d.getConsumedSeconds());
        for (Action action : Action.values()) {
            assertNotNull(action + " after withdrawal",
                    Lifecycle.refusal(action, d.getStatus(), d.getStepIndex(), STEPS));
        }
    }

    @Test
    public void aDossierWaitingForASupplementCanBeWithdrawnAtTheCounter() {
        DossierEntity d = atAppraisal();
        act(d, askForDocuments(ASK_NOTE, MISSING_VALUE), SPECIALIST, t("2025-10-14T10:00"));
        assertForbidden(d, TransitionRequest.of(Action.WITHDRAW, null), SPECIALIST, t("2025-10-17T08:00"));
        act(d, TransitionRequest.of(Action.WITHDRAW, null), CLERK, t("2025-10-17T08:00"));
        assertEquals(DossierStatus.WITHDRAWN, d.getStatus());
        assertNull("nothing to resume any more", d.getResumeStatus());
        assertEquals(t("2025-10-17T08:00"), d.getFinishedAt());
        assertEquals("the waiting was not charged", Math.round(2.5 * 3600), d.getConsumedSeconds());
    }
}
