package vn.motcua.shell.internal;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import vn.motcua.calendar.Deadline;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.calendar.WorkingCalendar;

@Service
@Command(scope = "motcua", name = "due", description = "Computes the due instant of a time limit on the working-day calendar")
public class DueCommand extends MotcuaCommand {

    @Reference
    WorkingCalendar calendar;

    @Argument(index = 0, name = "receivedAt", required = true, description = "When received, YYYY-MM-DDTHH:MM")
    String receivedAt;

    @Argument(index = 1, name = "amount", required = true, description = "How many units (0 for SAME_DAY)")
    int amount;

    @Argument(index = 2, name = "unit", required = true,
            description = "WORKING_DAYS, SAME_DAY, WORKING_HOURS or CALENDAR_DAYS")
    String unit;

    @Override
    void run() throws Exception {
        LocalDateTime received;
        try {
            received = LocalDateTime.parse(receivedAt);
        } catch (DateTimeParseException e) {
            throw refused("receivedAt phải có dạng năm-tháng-ngàyTgiờ:phút, ví dụ 2026-11-30T09:15, không phải '"
                    + receivedAt + "'.");
        }
        TimeLimitUnit u;
        try {
            u = TimeLimitUnit.valueOf(unit.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw refused("unit phải là một trong WORKING_DAYS, SAME_DAY, WORKING_HOURS, "
                    + "CALENDAR_DAYS, không phải '" + unit + "'.");
        }
        if (amount < 0 || amount > 3660) {
            throw refused("amount phải từ 0 đến 3660.");
        }
        Deadline d = calendar.due(received, new TimeLimit(amount, u));
        System.out.println("Tiếp nhận:     " + d.receivedAt());
        System.out.println("Bắt đầu tính:  " + d.countFrom());
        System.out.println("Hẹn trả:       " + d.dueAt());
    }
}
