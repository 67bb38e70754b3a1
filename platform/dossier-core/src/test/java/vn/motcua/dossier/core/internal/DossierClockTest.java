package vn.motcua.dossier.core.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static vn.motcua.dossier.core.internal.LifecycleFixtures.CALENDAR;
import static vn.motcua.dossier.core.internal.LifecycleFixtures.STEPS;
import static vn.motcua.dossier.core.internal.LifecycleFixtures.office;
import static vn.motcua.dossier.core.internal.LifecycleFixtures.received;
import static vn.motcua.dossier.core.internal.LifecycleFixtures.t;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Random;

import org.junit.Test;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.dossier.core.internal.persistence.DossierEntity;

/**
 * The dossier clock (CALENDAR.md): a budget of office time fixed at reception, a ledger of what ran,
 * and a due instant recomputed from what remains on every resumption. Uses the real calendar with
 * the shipped notice table; all hand computations assume office hours 07:30–11:30 and 13:30–17:30
 * (8 h a day).
 */
public class DossierClockTest {

    private static final long HOUR = 3600;

    private final DossierClock clock = new DossierClock(CALENDAR);

    /** The 5-working-day dossier received on Tuesday 6/2/2018, a week before Tết Mậu Tuất. */
    private DossierEntity beforeTet2018() {
        return received("000.10.01.H07-180206-0001", TimeLimit.workingDays(5), t("2018-02-06T09:00"), STEPS, clock);
    }

    /** The invariant of the ledger: office time the clock really ran + what is left == the budget. */
    private static void assertWaitingConsumedNothing(DossierEntity d, long spentRunning, LocalDateTime resumedAt) {
        assertEquals("booked = office time actually spent running", spentRunning, d.getConsumedSeconds());
        assertEquals("spent + remaining == budget", d.getBudgetSeconds(),
                spentRunning + office(resumedAt, d.getDueAt()));
    }

    @Test
    public void aFiveWorkingDayDossierReceivedOnTuesdayIsDueTheNextTuesdayAtClosing() {
        DossierEntity d = beforeTet2018();

        // Received Tue 6/2 09:00: counting starts on the next working day, Wed 7/2 at opening;
        // the 5 working days are Wed 7, Thu 8, Fri 9, Mon 12, Tue 13/2 (Tết starts Wed 14/2).
        assertEquals(t("2018-02-07T07:30"), d.getCountFrom());
        assertEquals(t("2018-02-13T17:30"), d.getDueAt());
        assertEquals(5 * 8 * HOUR, d.getBudgetSeconds());
        assertEquals(0, d.getConsumedSeconds());
        assertEquals(d.getCountFrom(), d.getRunningSince());
        // Step 0 (reception, 10 % = 4 h) ends at 11:30 on the first counted day.
        assertEquals(t("2018-02-07T11:30"), d.getStepDueAt());
    }

    @Test
    public void threeSupplementRequestsAcrossTet2018AndWeekendsOnlyCountTheOfficeTimeSpentRunning() {
        DossierEntity d = beforeTet2018();
        long budget = 40 * HOUR;

        // 1st request: Fri 9/2 10:00. Ran Wed 7/2 8 h + Thu 8/2 8 h + Fri 07:30–10:00 2.5 h = 18.5 h.
        clock.pause(d, t("2018-02-09T10:00"));
        assertNull(d.getRunningSince());
        long spent = office(t("2018-02-07T07:30"), t("2018-02-09T10:00"));
        assertEquals(Math.round(18.5 * HOUR), spent);
        // Waiting through Tết (Wed 14/2 – Tue 20/2, with the weekend 17–18/2) costs nothing.
        assertEquals(spent, clock.consumed(d, t("2018-02-20T16:00")));

        // Supplement handed in Wed 21/2 14:00, the first working day after Tết. 21.5 h remain:
        // Wed 14:00–17:30 3.5 h (18 h left), Thu 22/2 8 h (10 h), Fri 23/2 8 h (2 h),
        // weekend 24–25/2, Mon 26/2 07:30 + 2 h = 09:30.
        LocalDateTime resume1 = t("2018-02-21T14:00");
        clock.resume(d, STEPS, resume1);
        assertEquals(resume1, d.getRunningSince());
        assertEquals(t("2018-02-26T09:30"), d.getDueAt());
        assertWaitingConsumedNothing(d, spent, resume1);

        // 2nd request: Fri 23/2 15:00. Ran Wed 21/2 3.5 h + Thu 8 h + Fri 07:30–11:30, 13:30–15:00
        // 5.5 h = 17 h; booked 18.5 + 17 = 35.5 h.
        clock.pause(d, t("2018-02-23T15:00"));
        spent += office(resume1, t("2018-02-23T15:00"));
        assertEquals(Math.round(35.5 * HOUR), spent);

        // Handed in Mon 26/2 10:00, after the weekend. 4.5 h remain: Mon 10:00–11:30 1.5 h (3 h
        // left), 13:30 + 3 h = 16:30.
        LocalDateTime resume2 = t("2018-02-26T10:00");
        clock.resume(d, STEPS, resume2);
        assertEquals(t("2018-02-26T16:30"), d.getDueAt());
        assertWaitingConsumedNothing(d, spent, resume2);

        // 3rd request: Mon 26/2 11:00, after 1 more hour: booked 36.5 h, 3.5 h remain.
        clock.pause(d, t("2018-02-26T11:00"));
        spent += office(resume2, t("2018-02-26T11:00"));
        assertEquals(Math.round(36.5 * HOUR), spent);

        // Handed in online on Sat 3/3 09:00 (a day off): the clock starts again on Mon 5/3 at
        // opening, 07:30 + 3.5 h = 11:00.
        LocalDateTime resume3 = t("2018-03-03T09:00");
        clock.resume(d, STEPS, resume3);
        assertEquals(t("2018-03-05T11:00"), d.getDueAt());
        assertWaitingConsumedNothing(d, spent, resume3);

        // Run to the end: at the due instant exactly the budget is used, not a second more.
        assertEquals(budget, clock.consumed(d, d.getDueAt()));
        // Without any request the dossier was due Tue 13/2 17:30; the waiting moved it, by law.
        assertTrue(d.getDueAt().isAfter(t("2018-02-13T17:30")));
    }

    @Test
    public void manyPausesNeverMakeADossierWithBudgetLeftOverdue() {
        // 3 working days received Thu 24/4/2025 16:00: counting Fri 25/4, Sat 26/4 (make-up working
        // day, TB 6150), Mon 28/4 → due Mon 28/4 17:30; 30/4, 1/5 and 2/5 (swap) are off.
        DossierEntity d = received("000.10.01.H07-250424-0007", TimeLimit.workingDays(3), t("2025-04-24T16:00"),
                STEPS, clock);
        assertEquals(t("2025-04-25T07:30"), d.getCountFrom());
        assertEquals(t("2025-04-28T17:30"), d.getDueAt());

        LocalDateTime[][] waits = {
                {t("2025-04-25T11:45"), t("2025-04-25T12:30")},   // asked and answered over lunch
                {t("2025-04-26T17:30"), t("2025-04-29T17:29")},   // across Sunday, back one minute before closing
                {t("2025-04-29T17:30"), t("2025-05-05T07:00")},   // across the 30/4–4/5 break, before opening
                {t("2025-05-05T09:00"), t("2025-05-05T09:00")},   // asked and answered at once
                {t("2025-05-05T10:00"), t("2025-05-10T23:59")},   // back late on a Saturday night
        };
        long spent = 0;
        LocalDateTime runningFrom = d.getCountFrom();
        for (LocalDateTime[] wait : waits) {
            LocalDateTime dueBefore = d.getDueAt();
            clock.pause(d, wait[0]);
            spent += office(runningFrom, wait[0]);
            clock.resume(d, STEPS, wait[1]);
            runningFrom = wait[1];

            assertTrue("budget left after the wait from " + wait[0], spent < d.getBudgetSeconds());
            assertTrue("due " + d.getDueAt() + " must be after the resumption " + wait[1],
                    d.getDueAt().isAfter(wait[1]));
            assertFalse("waiting never brings the due instant forward", d.getDueAt().isBefore(dueBefore));
            assertWaitingConsumedNothing(d, spent, wait[1]);
        }
        // Ran: Fri 25/4 07:30–11:30 4 h; Fri 13:30–17:30 4 h + Sat 26/4 (make-up day) 8 h;
        //      Tue 29/4 17:29–17:30 1 min; Mon 5/5 07:30–09:00 1.5 h; 09:00–10:00 1 h.
        assertEquals(4 * HOUR + 12 * HOUR + 60 + Math.round(2.5 * HOUR), spent);
        // 24 h − 18 h 31 min = 5 h 29 min left from Sat 10/5 night: Mon 12/5 07:30–11:30 4 h,
        // 13:30 + 1 h 29 = 14:59.
        assertEquals(t("2025-05-12T14:59"), d.getDueAt());
    }

    @Test
    public void aDossierAlreadyOverdueWhenPausedKeepsItsPastDueInstant() {
        DossierEntity d = beforeTet2018();
        LocalDateTime stepDue = d.getStepDueAt();

        // Due Tue 13/2 17:30; nobody touched it until Wed 21/2 09:00, after Tết: it ran 5 × 8 h
        // + 1.5 h = 41.5 h of a 40 h budget.
        clock.pause(d, t("2018-02-21T09:00"));
        assertEquals(Math.round(41.5 * HOUR), d.getConsumedSeconds());

        clock.resume(d, STEPS, t("2018-03-01T08:00"));
        assertEquals("a late dossier does not become on time by waiting", t("2018-02-13T17:30"), d.getDueAt());
        assertTrue(d.getDueAt().isBefore(d.getRunningSince()));
        assertEquals("an overdue step keeps its due instant too", stepDue, d.getStepDueAt());
        assertEquals(t("2018-03-01T08:00"), d.getRunningSince());
    }

    @Test
    public void aDossierPausedExactlyAtItsDueInstantStaysDueThere() {
        DossierEntity d = beforeTet2018();
        clock.pause(d, t("2018-02-13T17:30"));
        assertEquals(d.getBudgetSeconds(), d.getConsumedSeconds());

        clock.resume(d, STEPS, t("2018-02-21T07:30"));
        assertEquals(t("2018-02-13T17:30"), d.getDueAt());
    }

    @Test
    public void pausingTwiceOrResumingTwiceChangesNothing() {
        DossierEntity d = beforeTet2018();
        clock.pause(d, t("2018-02-08T07:30"));
        clock.pause(d, t("2018-02-12T17:30"));
        assertEquals(8 * HOUR, d.getConsumedSeconds());

        clock.resume(d, STEPS, t("2018-02-09T07:30"));
        LocalDateTime due = d.getDueAt();
        clock.resume(d, STEPS, t("2018-02-12T07:30"));
        assertEquals(t("2018-02-09T07:30"), d.getRunningSince());
        assertEquals(due, d.getDueAt());
        // 32 h from Fri 9/2 07:30: Fri, Mon 12, Tue 13, then Tết (14–20/2): Wed 21/2 17:30.
        assertEquals(t("2018-02-21T17:30"), due);
    }

    @Test
    public void stepDueInstantsOfTheDefaultProcessOnATwoWorkingDayProcedure() {
        // Received Wed 17/4/2024 10:00; Thu 18/4 is Giỗ Tổ Hùng Vương, then a weekend: the two
        // working days are Fri 19/4 and Mon 22/4. Budget 16 h.
        DossierEntity d = received("000.10.01.H07-240417-0003", TimeLimit.workingDays(2), t("2024-04-17T10:00"),
                STEPS, clock);
        assertEquals(t("2024-04-19T07:30"), d.getCountFrom());
        assertEquals(t("2024-04-22T17:30"), d.getDueAt());
        assertEquals(16 * HOUR, d.getBudgetSeconds());

        // TIEP_NHAN 10 % = 1 h 36 → Fri 07:30 + 1:36 = 09:06.
        assertEquals(t("2024-04-19T09:06"), d.getStepDueAt());
        assertEquals(t("2024-04-19T09:06"), clock.stepDue(d, STEPS, 0));
        // THAM_DINH cumulative 70 % = 11 h 12: Fri 8 h, Mon 07:30 + 3:12 = 10:42.
        assertEquals(t("2024-04-22T10:42"), clock.stepDue(d, STEPS, 1));
        // PHE_DUYET cumulative 100 %: the dossier's own due instant.
        assertEquals(t("2024-04-22T17:30"), clock.stepDue(d, STEPS, 2));
        assertEquals(d.getDueAt(), clock.stepDue(d, STEPS, 2));
    }

    @Test
    public void theCurrentStepDueInstantMovesWithAPause() {
        DossierEntity d = received("000.10.01.H07-240417-0003", TimeLimit.workingDays(2), t("2024-04-17T10:00"),
                STEPS, clock);
        d.setStepIndex(1);
        d.setStepDueAt(clock.stepDue(d, STEPS, 1));
        // Paused Fri 19/4 09:30 after 2 h; resumed Tue 23/4 13:30. Step 1 has 11.2 h − 2 h = 9.2 h
        // (9 h 12) left: Tue 13:30–17:30 4 h, Wed 24/4 07:30 + 5 h 12 = 14:42. The dossier has 14 h
        // left: Tue 4 h, Wed 8 h, Thu 25/4 07:30 + 2 h = 09:30.
        clock.pause(d, t("2024-04-19T09:30"));
        clock.resume(d, STEPS, t("2024-04-23T13:30"));
        assertEquals(t("2024-04-24T14:42"), d.getStepDueAt());
        assertEquals(t("2024-04-25T09:30"), d.getDueAt());
    }

    @Test
    public void aSameDayProcedureReceivedAtNineIsDueAtClosingWithItsStepsThatDay() {
        // Wed 15/10/2025 09:00, before the 15:00 cut-off: counting from 09:00, due 17:30 the same day.
        // Budget 09:00–11:30 2.5 h + 13:30–17:30 4 h = 6.5 h = 23 400 s.
        DossierEntity d = received("000.10.01.H07-251015-0012", TimeLimit.sameDay(), t("2025-10-15T09:00"),
                STEPS, clock);
        assertEquals(t("2025-10-15T09:00"), d.getCountFrom());
        assertEquals(t("2025-10-15T17:30"), d.getDueAt());
        assertEquals(23_400, d.getBudgetSeconds());
        // 10 % = 2 340 s = 39 min → 09:39.
        assertEquals(t("2025-10-15T09:39"), d.getStepDueAt());
        // 70 % = 16 380 s = 4 h 33: 09:00–11:30 2.5 h, then 13:30 + 2 h 03 = 15:33.
        assertEquals(t("2025-10-15T15:33"), clock.stepDue(d, STEPS, 1));
        assertEquals(t("2025-10-15T17:30"), clock.stepDue(d, STEPS, 2));
    }

    @Test
    public void aSameDayProcedureReceivedAfterTheCutOffIsDueTheNextWorkingDay() {
        // Fri 17/10/2025 15:30, after 15:00: due at closing of Mon 20/10, counted from its opening.
        DossierEntity d = received("000.10.01.H07-251017-0031", TimeLimit.sameDay(), t("2025-10-17T15:30"),
                STEPS, clock);
        assertEquals(t("2025-10-20T07:30"), d.getCountFrom());
        assertEquals(t("2025-10-20T17:30"), d.getDueAt());
        assertEquals(8 * HOUR, d.getBudgetSeconds());
        // 10 % of 8 h = 48 min → 08:18.
        assertEquals(t("2025-10-20T08:18"), d.getStepDueAt());
    }

    @Test
    public void waitingOnTheReceiptDayDoesNotBringTheDueDateForward() {
        // Regression: DossierClock.resume used to restart the clock at the resumption instant even
        // when that was before countFrom (on the receipt day, before counting starts: CALENDAR.md
        // "counting starts the day after the receipt day"), so the dossier lost office time of its
        // receipt day and its due instant moved EARLIER because it waited for the applicant.
        //
        // Received Tue 6/2/2018 09:00, 5 working days: due Tue 13/2 17:30, counting from Wed 7/2 07:30.
        DossierEntity d = beforeTet2018();
        LocalDateTime dueWithoutWaiting = d.getDueAt();
        // Documents asked for at 10:00 and handed in at 14:00 the same day, before counting starts:
        clock.pause(d, t("2018-02-06T10:00"));
        assertEquals(0, d.getConsumedSeconds());
        clock.resume(d, STEPS, t("2018-02-06T14:00"));
        // Nothing was consumed and counting had not started: still Tue 13/2 17:30 (not 14:00, which
        // 40 h counted from Tue 6/2 14:00 would give), and the clock starts as planned.
        assertEquals("waiting must not bring the due instant forward", dueWithoutWaiting, d.getDueAt());
        assertEquals(t("2018-02-07T07:30"), d.getRunningSince());
        assertEquals(t("2018-02-07T11:30"), d.getStepDueAt());
        assertEquals(0, clock.consumed(d, t("2018-02-06T17:30")));
    }

    @Test
    public void randomPauseAndResumeSequencesNeverLetWaitingConsumeBudget() {
        Random random = new Random(20180206L);
        LocalDate first = LocalDate.of(2018, 1, 1);
        int span = (int) (LocalDate.of(2026, 12, 20).toEpochDay() - first.toEpochDay());
        TimeLimit[] limits = {
                TimeLimit.workingDays(1), TimeLimit.workingDays(3), TimeLimit.workingDays(5),
                TimeLimit.workingDays(15), TimeLimit.sameDay(), new TimeLimit(16, TimeLimitUnit.WORKING_HOURS),
                new TimeLimit(30, TimeLimitUnit.CALENDAR_DAYS)};
        int withBudgetLeft = 0;
        int overdue = 0;
        for (int c = 0; c < 400; c++) {
            LocalDateTime receivedAt = first.plusDays(random.nextInt(span))
                    .atTime(LocalTime.of(7, 0).plusMinutes(random.nextInt(11 * 60)));
            TimeLimit limit = limits[random.nextInt(limits.length)];
            DossierEntity d = received("case-" + c, limit, receivedAt, STEPS, clock);
            String where = "case " + c + " (" + limit + " received " + receivedAt + ")";
            assertEquals(where, d.getBudgetSeconds(), office(d.getCountFrom(), d.getDueAt()));

            long spent = 0;
            LocalDateTime runningFrom = d.getCountFrom();
            LocalDateTime now = receivedAt;
            int pauses = 1 + random.nextInt(5);
            for (int p = 0; p < pauses; p++) {
                LocalDateTime pauseAt = now.plusMinutes(random.nextInt(6 * 24 * 60));
                LocalDateTime resumeAt = pauseAt.plusMinutes(random.nextInt(20 * 24 * 60));
                LocalDateTime dueBefore = d.getDueAt();

                clock.pause(d, pauseAt);
                spent += office(runningFrom, pauseAt);
                assertEquals(where + ": booked at pause " + pauseAt, spent, d.getConsumedSeconds());
                assertEquals(where + ": nothing runs while waiting", spent, clock.consumed(d, resumeAt));

                clock.resume(d, STEPS, resumeAt);
                // Counting never starts before countFrom (the day after the receipt day).
                runningFrom = resumeAt.isBefore(d.getCountFrom()) ? d.getCountFrom() : resumeAt;
                assertEquals(where + ": runs again from " + runningFrom, runningFrom, d.getRunningSince());
                long remaining = d.getBudgetSeconds() - spent;
                if (remaining > 0) {
                    withBudgetLeft++;
                    assertEquals(where + ": spent + remaining == budget after resuming at " + resumeAt,
                            remaining, office(runningFrom, d.getDueAt()));
                    assertFalse(where + ": waiting never brings the due instant forward (" + dueBefore + " → "
                            + d.getDueAt() + ")", d.getDueAt().isBefore(dueBefore));
                    assertTrue(where + ": due " + d.getDueAt() + " after resuming at " + resumeAt,
                            d.getDueAt().isAfter(resumeAt));
                    assertEquals(where + ": the budget is used up exactly at the due instant",
                            d.getBudgetSeconds(), clock.consumed(d, d.getDueAt()));
                } else {
                    overdue++;
                    assertEquals(where + ": an overdue dossier keeps its due instant", dueBefore, d.getDueAt());
                }
                now = resumeAt;
            }
        }
        // The generator really exercised both branches.
        assertTrue(withBudgetLeft > 100);
        assertTrue(overdue > 50);
    }
}
