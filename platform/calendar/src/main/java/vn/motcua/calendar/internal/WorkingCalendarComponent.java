package vn.motcua.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.calendar.CalendarEntry;
import vn.motcua.calendar.DayInfo;
import vn.motcua.calendar.Deadline;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.WorkingCalendar;

/**
 * The {@link WorkingCalendar} service: the shipped notice table, overridden and extended by the
 * administrator's file, with the configured office hours.
 *
 * <p>The administrator's file is watched so that a new notice or a province's own day applies
 * without a rebuild or a restart: at most every five seconds, on a call, its modification time and
 * size are compared; when they change the file is read again. A malformed file is logged with the
 * line at fault and the calendar in force is kept.
 */
@Component(service = WorkingCalendar.class, configurationPid = WorkingCalendarComponent.PID)
@Designate(ocd = WorkingCalendarComponent.Config.class)
public final class WorkingCalendarComponent implements WorkingCalendar {

    static final String PID = "vn.motcua.calendar";
    static final String SHIPPED_TABLE = "/holidays-vn-2018-2026.csv";
    static final long CHECK_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(5);

    private static final Logger LOG = LoggerFactory.getLogger(WorkingCalendarComponent.class);
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    @ObjectClassDefinition(
            name = "motcua – Lịch làm việc / Working calendar",
            description = "Giờ làm việc và bảng ngày nghỉ, làm bù theo thông báo hằng năm."
                    + " / Office hours and the table of days off and make-up working days from the yearly notices.")
    public @interface Config {

        @AttributeDefinition(name = "Bắt đầu buổi sáng / Morning start",
                description = "Giờ mở cửa buổi sáng (HH:mm). / Morning opening time (HH:mm).")
        String morningStart() default "07:30";

        @AttributeDefinition(name = "Kết thúc buổi sáng / Morning end",
                description = "Giờ nghỉ trưa (HH:mm). / End of the morning session (HH:mm).")
        String morningEnd() default "11:30";

        @AttributeDefinition(name = "Bắt đầu buổi chiều / Afternoon start",
                description = "Giờ làm việc buổi chiều (HH:mm). / Start of the afternoon session (HH:mm).")
        String afternoonStart() default "13:30";

        @AttributeDefinition(name = "Kết thúc buổi chiều / Afternoon end",
                description = "Giờ đóng cửa (HH:mm); hồ sơ nhận từ giờ này được coi là nhận vào ngày làm việc tiếp theo."
                        + " / Closing time (HH:mm); a dossier received from then on counts as received the next working day.")
        String afternoonEnd() default "17:30";

        @AttributeDefinition(name = "Giờ chốt trả trong ngày / Same-day cut-off",
                description = "Hồ sơ giải quyết trong ngày nhận từ giờ này (HH:mm) được trả vào ngày làm việc tiếp theo."
                        + " / A same-day dossier received at or after this time (HH:mm) is due the next working day.")
        String sameDayCutoff() default "15:00";

        @AttributeDefinition(name = "Tệp ngày nghỉ bổ sung / Administrator's table",
                description = "Tệp CSV UTF-8 (date,kind,reason,source; kind OFF hoặc WORK) bổ sung hoặc sửa bảng ngày nghỉ có sẵn;"
                        + " dòng cùng ngày thay thế dòng có sẵn; được đọc lại khi tệp thay đổi. Để trống nếu không dùng."
                        + " / UTF-8 CSV file (date,kind,reason,source; kind OFF or WORK) that extends or corrects the shipped"
                        + " table; a row overrides the shipped row of the same date; re-read when the file changes. Empty for none.")
        String entriesFile() default "${karaf.etc}/motcua-calendar.csv";
    }

    /** The calendar in force and what it was built from. */
    private record State(OfficeHours hours, Path adminFile, FileStamp stamp, VietnameseWorkingCalendar calendar) {
    }

    /** What tells that the administrator's file changed; null when there is no such file. */
    private record FileStamp(FileTime lastModified, long size) {
    }

    private final List<CalendarEntry> shipped;
    private final LongSupplier nanoClock;
    private final AtomicLong nextCheck = new AtomicLong();
    private final Object reloadLock = new Object();
    private volatile State state;

    @Activate
    public WorkingCalendarComponent(Config config) {
        this(config, System::nanoTime);
    }

    /** For tests: a clock to drive the five-second file check. */
    WorkingCalendarComponent(Config config, LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        this.shipped = shippedTable();
        apply(config);
    }

    /** A configuration change applies at once; an invalid one is rejected and the calendar in force kept. */
    @Modified
    void modified(Config config) {
        apply(config);
    }

    private void apply(Config config) {
        OfficeHours hours = new OfficeHours(time(config.morningStart(), "morningStart"),
                time(config.morningEnd(), "morningEnd"), time(config.afternoonStart(), "afternoonStart"),
                time(config.afternoonEnd(), "afternoonEnd"), time(config.sameDayCutoff(), "sameDayCutoff"));
        Path adminFile = resolve(config.entriesFile());
        synchronized (reloadLock) {
            FileStamp stamp = stamp(adminFile);
            List<CalendarEntry> admin = List.of();
            if (stamp != null) {
                try {
                    admin = CalendarEntries.parse(adminFile);
                    LOG.info("Working calendar: {} entries from {}", admin.size(), adminFile);
                } catch (IOException | IllegalArgumentException e) {
                    // No earlier reading of this file to fall back on: the shipped table applies until the file is fixed.
                    LOG.error("Working calendar: {} is not used, the shipped table alone applies: {}", adminFile, describe(e));
                }
            }
            state = new State(hours, adminFile, stamp,
                    new VietnameseWorkingCalendar(CalendarEntries.merge(shipped, admin), hours));
            nextCheck.set(nanoClock.getAsLong() + CHECK_INTERVAL_NANOS);
        }
    }

    /** The calendar in force, re-reading the administrator's file first if it changed. */
    private VietnameseWorkingCalendar calendar() {
        State current = state;
        if (current.adminFile() != null) {
            long now = nanoClock.getAsLong();
            long due = nextCheck.get();
            // One caller per interval does the check; the others go on with the calendar in force.
            if (now - due >= 0 && nextCheck.compareAndSet(due, now + CHECK_INTERVAL_NANOS)) {
                current = reloadIfChanged();
            }
        }
        return current.calendar();
    }

    private State reloadIfChanged() {
        synchronized (reloadLock) {
            State current = state;
            Path file = current.adminFile();
            FileStamp stamp = stamp(file);
            if (file == null || Objects.equals(stamp, current.stamp())) {
                return current;
            }
            List<CalendarEntry> admin = List.of();
            if (stamp != null) {
                try {
                    admin = CalendarEntries.parse(file);
                } catch (IOException | IllegalArgumentException e) {
                    LOG.error("Working calendar: {} changed but cannot be used, the calendar in force is kept: {}",
                            file, describe(e));
                    // Remember the stamp, so the same bad file is reported once, not every five seconds.
                    state = new State(current.hours(), file, stamp, current.calendar());
                    return state;
                }
            }
            if (stamp == null) {
                LOG.info("Working calendar: {} was removed, the shipped table alone applies", file);
            } else {
                LOG.info("Working calendar: reloaded {} entries from {}", admin.size(), file);
            }
            state = new State(current.hours(), file, stamp,
                    new VietnameseWorkingCalendar(CalendarEntries.merge(shipped, admin), current.hours()));
            return state;
        }
    }

    private static FileStamp stamp(Path file) {
        if (file == null) {
            return null;
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStamp(attributes.lastModifiedTime(), attributes.size());
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            LOG.warn("Working calendar: cannot read the attributes of {}: {}", file, e.toString());
            return null;
        }
    }

    private List<CalendarEntry> shippedTable() {
        try (InputStream in = WorkingCalendarComponent.class.getResourceAsStream(SHIPPED_TABLE)) {
            if (in == null) {
                throw new IllegalStateException("the bundle lacks its notice table " + SHIPPED_TABLE);
            }
            return CalendarEntries.parse(in, SHIPPED_TABLE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the notice table " + SHIPPED_TABLE, e);
        }
    }

    /** The file named by the setting, ${name} replaced by the system property (karaf.etc); null for none. */
    static Path resolve(String setting) {
        if (setting == null || setting.isBlank()) {
            return null;
        }
        Matcher matcher = PROPERTY.matcher(setting.strip());
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String value = System.getProperty(matcher.group(1));
            if (value == null) {
                LOG.warn("Working calendar: entriesFile {} names the undefined system property {};"
                        + " only the shipped table applies", setting, matcher.group(1));
                return null;
            }
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(resolved);
        return Paths.get(resolved.toString());
    }

    private static LocalTime time(String value, String setting) {
        try {
            return LocalTime.parse(Objects.requireNonNullElse(value, "").strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("working calendar setting " + setting + ": '" + value
                    + "' is not a time of day HH:mm", e);
        }
    }

    /** A parse error already names the file and line; an I/O error is named by its type. */
    private static String describe(Exception e) {
        return e instanceof IllegalArgumentException ? e.getMessage() : e.toString();
    }

    @Override
    public DayInfo day(LocalDate date) {
        return calendar().day(date);
    }

    @Override
    public List<DayInfo> days(LocalDate from, LocalDate to) {
        return calendar().days(from, to);
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return calendar().isWorkingDay(date);
    }

    @Override
    public LocalDate nextWorkingDay(LocalDate date) {
        return calendar().nextWorkingDay(date);
    }

    @Override
    public OfficeHours officeHours() {
        return calendar().officeHours();
    }

    @Override
    public Deadline due(LocalDateTime receivedAt, TimeLimit limit) {
        return calendar().due(receivedAt, limit);
    }

    @Override
    public Duration workingTimeBetween(LocalDateTime from, LocalDateTime to) {
        return calendar().workingTimeBetween(from, to);
    }

    @Override
    public LocalDateTime addWorkingTime(LocalDateTime from, Duration amount) {
        return calendar().addWorkingTime(from, amount);
    }

    @Override
    public List<CalendarEntry> entries() {
        return calendar().entries();
    }
}
