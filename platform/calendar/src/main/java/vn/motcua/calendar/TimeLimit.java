package vn.motcua.calendar;

import java.util.Objects;

/** A legal time limit: an amount and the unit it is counted in. */
public record TimeLimit(int amount, TimeLimitUnit unit) {
    public TimeLimit {
        Objects.requireNonNull(unit, "unit");
        if (amount < 0) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
    }

    public static TimeLimit sameDay() {
        return new TimeLimit(0, TimeLimitUnit.SAME_DAY);
    }

    public static TimeLimit workingDays(int days) {
        return new TimeLimit(days, TimeLimitUnit.WORKING_DAYS);
    }
}
