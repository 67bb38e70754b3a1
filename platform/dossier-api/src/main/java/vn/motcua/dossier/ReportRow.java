package vn.motcua.dossier;

/**
 * The figures of one row of a report (the national reporting buckets, DOMAIN.md §1.7).
 *
 * @param key the group's code (agency, field, procedure, channel), or "*" for the whole
 * @param label its Vietnamese name
 * @param carriedOver received before the period and still open at its start (kỳ trước chuyển sang)
 * @param received received in the period (mới tiếp nhận trong kỳ), by channel below
 * @param finishedEarly finished before the due date (trước hạn)
 * @param finishedOnTime finished on the due date (đúng hạn)
 * @param finishedLate finished after it (quá hạn)
 * @param withdrawn withdrawn by the applicant in the period
 * @param refused online submissions refused in the period
 * @param returned results handed over in the period
 * @param openWithinTime still open at the period's end, in progress and due later (đang xử lý trong hạn)
 * @param openOverdue still open at the period's end, in progress and past due (đang xử lý quá hạn)
 * @param paused still open at the period's end, waiting for the applicant's papers or fee, or stopped
 *     (tạm dừng); the three together are every dossier open at the end
 * @param onTimeRate (early + on time) / finished, in percent; null when nothing finished
 * @param averageProcessingDays office time taken per finished dossier, in working days of 8 hours
 */
public record ReportRow(String key, String label, long carriedOver, long received, long receivedCounter,
                        long receivedOnline, long receivedPost, long finishedEarly, long finishedOnTime,
                        long finishedLate, long withdrawn, long refused, long returned, long openWithinTime,
                        long openOverdue, long paused, Double onTimeRate, Double averageProcessingDays) {

    public long finished() {
        return finishedEarly + finishedOnTime + finishedLate;
    }
}
