package vn.motcua.procedure;

import java.util.List;
import java.util.Objects;

/**
 * One step of a procedure's internal process (quy trình nội bộ): who does it and which share of
 * the legal time it gets. The first step is the one-stop's reception and hand-over; the last one
 * produces the result (usually the leader's approval and signature).
 *
 * @param code stable code, e.g. {@code THAM_DINH}
 * @param name Vietnamese name, e.g. "Thẩm định hồ sơ, đề xuất"
 * @param role who performs it
 * @param sharePercent its share of the legal time limit; the shares of a process add up to 100
 */
public record ProcessStep(String code, String name, Role role, int sharePercent) {

    /** Who performs a step. */
    public enum Role { RECEPTION_CLERK, SPECIALIST, LEADER }

    /**
     * The process of a procedure that declares none: the one-stop receives and hands over (10 %),
     * a specialist appraises and proposes (60 %), a leader approves and signs (30 %).
     */
    public static final List<ProcessStep> DEFAULT = List.of(
            new ProcessStep("TIEP_NHAN", "Tiếp nhận, chuyển hồ sơ", Role.RECEPTION_CLERK, 10),
            new ProcessStep("THAM_DINH", "Thẩm định hồ sơ, đề xuất", Role.SPECIALIST, 60),
            new ProcessStep("PHE_DUYET", "Phê duyệt, ký kết quả", Role.LEADER, 30));

    public ProcessStep {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        if (sharePercent < 0 || sharePercent > 100) {
            throw new IllegalArgumentException(code + ": tỷ lệ thời gian của bước phải từ 0 đến 100 % (share)");
        }
    }

    /**
     * Checks a process: at least two steps, the first one the one-stop's, shares adding up to 100.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static List<ProcessStep> check(String procedureCode, List<ProcessStep> steps) {
        if (steps.size() < 2) {
            throw new IllegalArgumentException(procedureCode + ": quy trình phải có ít nhất hai bước (steps)");
        }
        if (steps.get(0).role() != Role.RECEPTION_CLERK) {
            throw new IllegalArgumentException(procedureCode + ": bước đầu tiên phải là bước tiếp nhận của bộ phận một cửa (vai trò RECEPTION_CLERK)");
        }
        int sum = steps.stream().mapToInt(ProcessStep::sharePercent).sum();
        if (sum != 100) {
            throw new IllegalArgumentException(procedureCode + ": tỷ lệ thời gian các bước cộng lại là " + sum
                    + " %, phải đúng 100 %");
        }
        return List.copyOf(steps);
    }
}
