package vn.motcua.calendar.internal;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;

import vn.motcua.calendar.CalendarEntry;
import vn.motcua.calendar.DayInfo;
import vn.motcua.calendar.Deadline;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.WorkingCalendar;

/**
 * The civil-service working calendar of Viet Nam (CALENDAR.md): weekends, the statutory holidays of
 * Labour Code art. 112 with the compensation days of art. 111(3), Tết and the second National Day
 * day from the yearly notices (or a provisional default for a year without one), and the notice
 * table's own days off and make-up working days, which override everything computed.
 *
 * <p>Plain Java, immutable and thread-safe. Each year is computed once, on first use, into a
 * {@link YearTable}; after that every question is an array lookup.
 */
public final class VietnameseWorkingCalendar implements WorkingCalendar {

    /** The years the calendar answers for; Time4J's Vietnamese calendar covers 1813–2999. */
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2999;
    /** days() answers at most about ten years at once, so a typo cannot allocate millions of days. */
    static final int MAX_DAYS = 3660;

    private static final int HUNG_KINGS_HOLIDAY_SINCE = 2007;
    private static final int SECOND_NATIONAL_DAY_SINCE = 2021;
    private static final MonthDay NEW_YEAR = MonthDay.of(1, 1);
    private static final MonthDay VICTORY_DAY = MonthDay.of(4, 30);
    private static final MonthDay LABOUR_DAY = MonthDay.of(5, 1);
    private static final MonthDay NATIONAL_DAY = MonthDay.of(9, 2);
    /** The window in which a notice's second National Day day (or its compensation) lies. */
    private static final MonthDay NATIONAL_DAY_WINDOW_START = MonthDay.of(8, 31);
    private static final MonthDay NATIONAL_DAY_WINDOW_END = MonthDay.of(9, 4);

    private final List<CalendarEntry> entries;
    private final Map<Integer, List<CalendarEntry>> entriesByYear;
    private final OfficeHours hours;
    // Office hours as nanoseconds of the day, so the arithmetic below stays in longs.
    private final long morningStart;
    private final long morningEnd;
    private final long afternoonStart;
    private final long afternoonEnd;
    private final long cutoff;
    private final long morningLength;
    private final long perDay;
    private final AtomicReferenceArray<YearTable> years = new AtomicReferenceArray<>(MAX_YEAR - MIN_YEAR + 1);

    /**
     * @param entries the notice table; for the same date a later entry overrides an earlier one
     * @param hours the office hours
     */
    public VietnameseWorkingCalendar(List<CalendarEntry> entries, OfficeHours hours) {
        this.entries = List.copyOf(entries);
        this.hours = Objects.requireNonNull(hours, "hours");
        Map<Integer, List<CalendarEntry>> byYear = new HashMap<>();
        for (CalendarEntry entry : this.entries) {
            byYear.computeIfAbsent(entry.date().getYear(), y -> new ArrayList<>()).add(entry);
        }
        this.entriesByYear = byYear;
        this.morningStart = hours.morningStart().toNanoOfDay();
        this.morningEnd = hours.morningEnd().toNanoOfDay();
        this.afternoonStart = hours.afternoonStart().toNanoOfDay();
        this.afternoonEnd = hours.afternoonEnd().toNanoOfDay();
        this.cutoff = hours.sameDayCutoff().toNanoOfDay();
        this.morningLength = morningEnd - morningStart;
        this.perDay = hours.perDay().toNanos();
    }

    @Override
    public DayInfo day(LocalDate date) {
        YearTable table = table(date.getYear());
        int i = date.getDayOfYear() - 1;
        return new DayInfo(date, table.working(i), table.reason(i), table.provisional(i), table.lunar(i));
    }

    @Override
    public List<DayInfo> days(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("days: 'to' " + to + " is before 'from' " + from);
        }
        long count = ChronoUnit.DAYS.between(from, to) + 1;
        if (count > MAX_DAYS) {
            throw new IllegalArgumentException("days: at most " + MAX_DAYS + " days can be listed at once, "
                    + from + " to " + to + " is " + count + " days");
        }
        List<DayInfo> days = new ArrayList<>((int) count);
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            days.add(day(date));
        }
        return Collections.unmodifiableList(days);
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return table(date.getYear()).working(date.getDayOfYear() - 1);
    }

    @Override
    public LocalDate nextWorkingDay(LocalDate date) {
        return workingDayAfter(date, 1);
    }

    @Override
    public OfficeHours officeHours() {
        return hours;
    }

    /**
     * {@inheritDoc}
     *
     * <p>A dossier received on a working day before closing belongs to that day; one received at or
     * after closing, or on a day off, is deemed received on the next working day (the receipt day).
     * <ul>
     * <li>WORKING_DAYS N: counted from the opening of the working day after the receipt day; due at
     * closing of the Nth working day. N = 0: due at closing of the receipt day.</li>
     * <li>SAME_DAY: received on a working day before the cut-off → due at closing that day; otherwise
     * at closing of the next working day.</li>
     * <li>WORKING_HOURS N: counted from the receipt instant moved into office time.</li>
     * <li>CALENDAR_DAYS N: counted from the day after the receipt day; due at closing of receipt day
     * + N, or of the next working day if that day is off.</li>
     * </ul>
     * When N = 0 (other than SAME_DAY) the time limit counts from the receipt instant moved to the
     * opening if earlier, so that countFrom is never after dueAt.
     */
    @Override
    public Deadline due(LocalDateTime receivedAt, TimeLimit limit) {
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(limit, "limit");
        int n = limit.amount();
        return switch (limit.unit()) {
            case WORKING_DAYS -> {
                LocalDate receiptDay = receiptDay(receivedAt);
                if (n == 0) {
                    yield new Deadline(receivedAt, receiptInstant(receivedAt, receiptDay), closing(receiptDay));
                }
                yield new Deadline(receivedAt, opening(workingDayAfter(receiptDay, 1)),
                        closing(workingDayAfter(receiptDay, n)));
            }
            case SAME_DAY -> {
                LocalDate date = receivedAt.toLocalDate();
                if (isWorkingDay(date) && receivedAt.toLocalTime().toNanoOfDay() < cutoff) {
                    yield new Deadline(receivedAt, receiptInstant(receivedAt, date), closing(date));
                }
                LocalDate next = nextWorkingDay(date);
                yield new Deadline(receivedAt, opening(next), closing(next));
            }
            case WORKING_HOURS -> {
                LocalDateTime countFrom = intoOfficeTime(receivedAt);
                yield new Deadline(receivedAt, countFrom, addWorkingTime(countFrom, Duration.ofHours(n)));
            }
            case CALENDAR_DAYS -> {
                LocalDate receiptDay = receiptDay(receivedAt);
                if (n == 0) {
                    yield new Deadline(receivedAt, receiptInstant(receivedAt, receiptDay), closing(receiptDay));
                }
                LocalDate dueDay = receiptDay.plusDays(n);
                if (!isWorkingDay(dueDay)) {
                    dueDay = nextWorkingDay(dueDay);
                }
                yield new Deadline(receivedAt, opening(receiptDay.plusDays(1)), closing(dueDay));
            }
        };
    }

    @Override
    public Duration workingTimeBetween(LocalDateTime from, LocalDateTime to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        LocalDate first = from.toLocalDate();
        LocalDate last = to.toLocalDate();
        long before = officeTimeBefore(from.toLocalTime());
        long until = officeTimeBefore(to.toLocalTime());
        if (first.equals(last)) {
            return Duration.ofNanos(isWorkingDay(first) ? until - before : 0);
        }
        long total = workingDaysBetween(first.plusDays(1), last) * perDay;
        if (isWorkingDay(first)) {
            total += perDay - before;
        }
        if (isWorkingDay(last)) {
            total += until;
        }
        return Duration.ofNanos(total);
    }

    @Override
    public LocalDateTime addWorkingTime(LocalDateTime from, Duration amount) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("addWorkingTime: amount must not be negative: " + amount);
        }
        if (amount.isZero()) {
            return from;
        }
        long remaining = amount.toNanos();
        LocalDate date = from.toLocalDate();
        if (isWorkingDay(date)) {
            long start = officeTimeBefore(from.toLocalTime());
            if (remaining <= perDay - start) {
                return LocalDateTime.of(date, officeInstant(start + remaining));
            }
            remaining -= perDay - start;
        }
        // Whole days are skipped at once; what is left, in (0, perDay], falls on the day after them.
        long wholeDays = (remaining - 1) / perDay;
        remaining -= wholeDays * perDay;
        return LocalDateTime.of(workingDayAfter(date, wholeDays + 1), officeInstant(remaining));
    }

    @Override
    public List<CalendarEntry> entries() {
        return entries;
    }

    // --- office time ------------------------------------------------------------------------------

    private LocalDateTime opening(LocalDate date) {
        return LocalDateTime.of(date, hours.morningStart());
    }

    private LocalDateTime closing(LocalDate date) {
        return LocalDateTime.of(date, hours.afternoonEnd());
    }

    /** The day a dossier is deemed received: that day if worked and open, else the next working day. */
    private LocalDate receiptDay(LocalDateTime receivedAt) {
        LocalDate date = receivedAt.toLocalDate();
        if (isWorkingDay(date) && receivedAt.toLocalTime().toNanoOfDay() < afternoonEnd) {
            return date;
        }
        return nextWorkingDay(date);
    }

    /** The receipt instant, moved to the opening of the receipt day when it was earlier. */
    private LocalDateTime receiptInstant(LocalDateTime receivedAt, LocalDate receiptDay) {
        if (receiptDay.equals(receivedAt.toLocalDate()) && receivedAt.toLocalTime().toNanoOfDay() >= morningStart) {
            return receivedAt;
        }
        return opening(receiptDay);
    }

    /** The instant moved forward to the next moment the offices are open (itself if they are). */
    private LocalDateTime intoOfficeTime(LocalDateTime instant) {
        LocalDate date = instant.toLocalDate();
        if (isWorkingDay(date)) {
            long time = instant.toLocalTime().toNanoOfDay();
            if (time < morningStart) {
                return opening(date);
            }
            if (time < morningEnd) {
                return instant;
            }
            if (time < afternoonStart) {
                return LocalDateTime.of(date, hours.afternoonStart());
            }
            if (time < afternoonEnd) {
                return instant;
            }
        }
        return opening(nextWorkingDay(date));
    }

    /** Office time of a working day that has elapsed at {@code time}, in nanoseconds. */
    private long officeTimeBefore(LocalTime time) {
        long t = time.toNanoOfDay();
        return clamp(t, morningStart, morningEnd) - morningStart + clamp(t, afternoonStart, afternoonEnd) - afternoonStart;
    }

    /** The time of day at which {@code elapsed} office time (0..perDay) has passed; ends of sessions win. */
    private LocalTime officeInstant(long elapsed) {
        return LocalTime.ofNanoOfDay(elapsed <= morningLength
                ? morningStart + elapsed
                : afternoonStart + elapsed - morningLength);
    }

    private static long clamp(long value, long min, long max) {
        return Math.max(min, Math.min(max, value));
    }

    // --- day tables --------------------------------------------------------------------------------

    /** The {@code n}th working day strictly after {@code date}, n ≥ 1; skips whole years by their count. */
    private LocalDate workingDayAfter(LocalDate date, long n) {
        int year = date.getYear();
        YearTable table = table(year);
        int from = date.getDayOfYear();
        long left = n;
        int available = table.workingDays(from, table.length);
        while (left > available) {
            left -= available;
            table = table(++year);
            from = 0;
            available = table.workingDays(0, table.length);
        }
        for (int i = from; ; i++) {
            if (table.working(i) && --left == 0) {
                return table.date(i);
            }
        }
    }

    /** Working days from {@code from} (included) to {@code to} (excluded). */
    private long workingDaysBetween(LocalDate from, LocalDate to) {
        if (!from.isBefore(to)) {
            return 0;
        }
        long count = 0;
        int year = from.getYear();
        int start = from.getDayOfYear() - 1;
        while (year < to.getYear()) {
            YearTable table = table(year);
            count += table.workingDays(start, table.length);
            year++;
            start = 0;
        }
        return count + table(year).workingDays(start, to.getDayOfYear() - 1);
    }

    private YearTable table(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("the working calendar covers the years " + MIN_YEAR + " to "
                    + MAX_YEAR + ", not " + year);
        }
        int slot = year - MIN_YEAR;
        YearTable table = years.get(slot);
        if (table == null) {
            // Built outside any lock: two threads racing build equal tables and one of them is kept.
            table = buildYear(year);
            if (!years.compareAndSet(slot, null, table)) {
                table = years.get(slot);
            }
        }
        return table;
    }

    private YearTable buildYear(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        int length = first.lengthOfYear();
        int firstDayOfWeek = first.getDayOfWeek().getValue();
        boolean[] weekend = new boolean[length];
        boolean[] working = new boolean[length];
        String[] reasons = new String[length];
        boolean[] provisional = new boolean[length];
        for (int i = 0; i < length; i++) {
            DayOfWeek dayOfWeek = DayOfWeek.of((firstDayOfWeek - 1 + i) % 7 + 1);
            weekend[i] = dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY;
            working[i] = !weekend[i];
            if (weekend[i]) {
                reasons[i] = dayOfWeek == DayOfWeek.SATURDAY ? Reasons.SATURDAY : Reasons.SUNDAY;
            }
        }
        List<CalendarEntry> yearEntries = entriesByYear.getOrDefault(year, List.of());
        LocalDate tet = VietnameseLunar.tet(year);

        Holidays holidays = new Holidays(year, working, reasons, provisional);
        holidays.add(NEW_YEAR.atYear(year), Reasons.NEW_YEAR, false, true);
        holidays.add(VICTORY_DAY.atYear(year), Reasons.VICTORY_DAY, false, true);
        holidays.add(LABOUR_DAY.atYear(year), Reasons.LABOUR_DAY, false, true);
        holidays.add(NATIONAL_DAY.atYear(year), Reasons.NATIONAL_DAY, false, true);
        if (year >= HUNG_KINGS_HOLIDAY_SINCE) {
            holidays.add(VietnameseLunar.hungKings(year), Reasons.HUNG_KINGS, false, true);
        }
        if (!hasTetNotice(yearEntries)) {
            // The default five days: the last day of the lunar year and mùng 1 to mùng 4.
            for (LocalDate date = tet.minusDays(1); !date.isAfter(tet.plusDays(3)); date = date.plusDays(1)) {
                holidays.add(date, Reasons.LUNAR_NEW_YEAR, true, true);
            }
        }
        if (year >= SECOND_NATIONAL_DAY_SINCE && !hasSecondNationalDayNotice(yearEntries)) {
            holidays.add(provisionalSecondNationalDay(year), Reasons.NATIONAL_DAY, true, false);
        }

        // Art. 111(3): a holiday on Saturday or Sunday moves to the next weekday that is not off
        // for another reason. A notice's own days off count as off, except its compensation days:
        // those are the very days this rule computes.
        boolean[] taken = new boolean[length];
        for (int i = 0; i < length; i++) {
            taken[i] = weekend[i] || holidays.isHoliday(i);
        }
        for (CalendarEntry entry : yearEntries) {
            if (entry.kind() == CalendarEntry.Kind.OFF && !nfc(entry.reason()).contains(Reasons.COMPENSATION_MARK)) {
                taken[entry.date().getDayOfYear() - 1] = true;
            }
        }
        for (Holiday holiday : holidays.toCompensate()) {
            if (!weekend[holiday.index]) {
                continue;
            }
            int target = holiday.index + 1;
            while (target < length && taken[target]) {
                target++;
            }
            // The latest compensable holiday is 2/9, so the target never leaves the year.
            if (target < length) {
                taken[target] = true;
                working[target] = false;
                reasons[target] = Reasons.compensation(holiday.name);
                provisional[target] = holiday.provisional;
            }
        }

        // The notice table has the last word; for the same date the later entry wins.
        for (CalendarEntry entry : yearEntries) {
            int i = entry.date().getDayOfYear() - 1;
            working[i] = entry.kind() == CalendarEntry.Kind.WORK;
            reasons[i] = entry.reason();
            provisional[i] = false;
        }
        return new YearTable(year, working, reasons, provisional, tet);
    }

    /** A year "has a Tết notice" when its table lists at least one day off for Tết Nguyên đán. */
    private static boolean hasTetNotice(List<CalendarEntry> yearEntries) {
        for (CalendarEntry entry : yearEntries) {
            if (entry.kind() == CalendarEntry.Kind.OFF && nfc(entry.reason()).startsWith(Reasons.LUNAR_NEW_YEAR)) {
                return true;
            }
        }
        return false;
    }

    /** The notice fixed the second National Day day: a "Quốc khánh…" day off 31/8–4/9 besides 2/9. */
    private static boolean hasSecondNationalDayNotice(List<CalendarEntry> yearEntries) {
        for (CalendarEntry entry : yearEntries) {
            MonthDay day = MonthDay.from(entry.date());
            if (entry.kind() == CalendarEntry.Kind.OFF
                    && !day.isBefore(NATIONAL_DAY_WINDOW_START) && !day.isAfter(NATIONAL_DAY_WINDOW_END)
                    && !day.equals(NATIONAL_DAY)
                    && nfc(entry.reason()).startsWith(Reasons.NATIONAL_DAY)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The adjacent day the notices have chosen so far: the one that makes the longest break with the
     * weekend (Tue → Mon 1/9, Fri → Thu 1/9, Sat → Fri 1/9), else the day after (Mon, Wed, Thu, Sun).
     */
    static LocalDate provisionalSecondNationalDay(int year) {
        LocalDate nationalDay = NATIONAL_DAY.atYear(year);
        return switch (nationalDay.getDayOfWeek()) {
            case TUESDAY, FRIDAY, SATURDAY -> nationalDay.minusDays(1);
            default -> nationalDay.plusDays(1);
        };
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private record Holiday(int index, String name, boolean provisional) {
    }

    /** The computed holidays of one year, written into its day arrays as they are added. */
    private static final class Holidays {
        private final int year;
        private final boolean[] working;
        private final String[] reasons;
        private final boolean[] provisional;
        private final boolean[] holiday;
        private final List<Holiday> toCompensate = new ArrayList<>();

        Holidays(int year, boolean[] working, String[] reasons, boolean[] provisional) {
            this.year = year;
            this.working = working;
            this.reasons = reasons;
            this.provisional = provisional;
            this.holiday = new boolean[working.length];
        }

        void add(LocalDate date, String name, boolean isProvisional, boolean compensated) {
            if (date.getYear() != year) {
                return;
            }
            int i = date.getDayOfYear() - 1;
            if (holiday[i]) {
                // Two holidays on one day (Giỗ Tổ on 30/4, first in 2319): one day off, as the law says nothing more.
                return;
            }
            holiday[i] = true;
            working[i] = false;
            reasons[i] = name;
            provisional[i] = isProvisional;
            if (compensated) {
                toCompensate.add(new Holiday(i, name, isProvisional));
            }
        }

        boolean isHoliday(int index) {
            return holiday[index];
        }

        List<Holiday> toCompensate() {
            toCompensate.sort(Comparator.comparingInt(Holiday::index));
            return toCompensate;
        }
    }
}
