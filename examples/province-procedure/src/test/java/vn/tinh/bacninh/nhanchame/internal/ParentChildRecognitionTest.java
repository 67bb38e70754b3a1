package vn.tinh.bacninh.nhanchame.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.procedure.Submission;
import vn.motcua.procedure.Submission.Applicant;

public class ParentChildRecognitionTest {

    private final ParentChildRecognition procedure = new ParentChildRecognition();

    private static Submission submission(String parentBirth, String childBirth, Long localFee) {
        return new Submission("1.001022", LocalDateTime.of(2026, 11, 30, 9, 0),
                new Applicant("Trần Văn Cha", "027080001111", null, null, null), List.of(),
                Map.of("parentBirthDate", parentBirth, "childBirthDate", childBirth), localFee);
    }

    @Test
    public void describesTheProcedureFromItsDataFile() {
        assertEquals("Đăng ký nhận cha, mẹ, con", procedure.descriptor().name());
        assertEquals(3, procedure.descriptor().timeLimit().amount());
        assertEquals(TimeLimitUnit.WORKING_DAYS, procedure.descriptor().timeLimit().unit());
        assertTrue(procedure.descriptor().result().registered());
    }

    @Test
    public void theParentMustBeOlderThanTheChild() {
        assertTrue(procedure.validate(submission("1980-05-01", "2010-03-02", null)).isEmpty());
        assertEquals("recognition.parentNotOlder",
                procedure.validate(submission("2010-03-02", "1980-05-01", null)).get(0).code());
    }

    @Test
    public void theFeeIsTheOneTheProvinceSet() {
        assertEquals(0, procedure.fee(submission("1980-05-01", "2010-03-02", null)).amount());
        assertEquals(5_000, procedure.fee(submission("1980-05-01", "2010-03-02", 5_000L)).amount());
    }
}
