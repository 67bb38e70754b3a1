package vn.motcua.rest.internal;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.calendar.DayInfo;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.calendar.WorkingCalendar;

/** The working-day calendar: days with why they are off, and due instants. */
@Component(service = CalendarResource.class)
@Path("/calendar")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    static final int MAX_DAYS = 3660;
    static final int MAX_AMOUNT = 3660;

    private final WorkingCalendar calendar;

    @Activate
    public CalendarResource(@Reference WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @GET
    @Path("/days")
    public List<DayInfo> days(@QueryParam("from") String from, @QueryParam("to") String to) {
        Params.Period period = Params.period(from, to);
        if (ChronoUnit.DAYS.between(period.from(), period.to()) >= MAX_DAYS) {
            throw new BadRequestException("param.invalid", "Mỗi lần xem tối đa " + MAX_DAYS + " ngày.");
        }
        return calendar.days(period.from(), period.to());
    }

    /** The answer of {@code /calendar/due}: date-times local to Asia/Ho_Chi_Minh. */
    public record DueView(LocalDateTime receivedAt, LocalDateTime countFrom, LocalDateTime dueAt) {
    }

    @GET
    @Path("/due")
    public DueView due(@QueryParam("receivedAt") String receivedAt, @QueryParam("amount") String amount,
                       @QueryParam("unit") String unit) {
        LocalDateTime received = Params.dateTime("receivedAt", receivedAt);
        TimeLimitUnit u = Params.enumValue("unit", Params.required("unit", unit), TimeLimitUnit.class);
        int n = Params.integer("amount", amount, 0, 0, MAX_AMOUNT);
        if (u != TimeLimitUnit.SAME_DAY && Params.optional(amount) == null) {
            Params.required("amount", amount);
        }
        var deadline = calendar.due(received, new TimeLimit(n, u));
        return new DueView(deadline.receivedAt(), deadline.countFrom(), deadline.dueAt());
    }
}
