package vn.motcua.notarization.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.procedure.Problem;
import vn.motcua.procedure.Submission;
import vn.motcua.procedure.Submission.Applicant;
import vn.motcua.procedure.Submission.SubmittedDocument;

public class NotarizationFeesTest {

    private static final Applicant APPLICANT =
            new Applicant("Nguyễn Thị Phương Hoa", "027190001234", "0912345678", "phường Võ Cường", null);

    private static Submission submission(String code, Map<String, String> form, SubmittedDocument... docs) {
        return new Submission(code, LocalDateTime.of(2026, 11, 30, 9, 0), APPLICANT, List.of(docs), form);
    }

    @Test
    public void copyFeeIsTwoThousandForPagesOneAndTwoThenOneThousandCappedPerCopy() {
        assertEquals(0, CopyCertification.perCopy(0));
        assertEquals(2_000, CopyCertification.perCopy(1));
        assertEquals(4_000, CopyCertification.perCopy(2));
        assertEquals(5_000, CopyCertification.perCopy(3));
        assertEquals(14_000, CopyCertification.perCopy(12));
        assertEquals(199_000, CopyCertification.perCopy(197));
        assertEquals(200_000, CopyCertification.perCopy(198));
        assertEquals(200_000, CopyCertification.perCopy(500));
    }

    @Test
    public void copyFeeMultipliesByCopies() {
        CopyCertification p = new CopyCertification();
        var fee = p.fee(submission("2.000815", Map.of(), new SubmittedDocument("ban-chinh", 1, 0, 2, 3)));
        assertEquals(10_000, fee.amount());
        assertEquals(List.of("2 bản × 3 trang: 5.000 đồng/bản"), fee.lines());
        assertEquals(400_000, p.fee(submission("2.000815", Map.of(),
                new SubmittedDocument("ban-chinh", 1, 0, 2, 250))).amount());
    }

    @Test
    public void copyCertificationNeedsAtLeastOneCopy() {
        List<Problem> problems = new CopyCertification().validate(
                submission("2.000815", Map.of(), new SubmittedDocument("ban-chinh", 1, 0, 0, 3)));
        assertEquals(1, problems.size());
        assertEquals("notarization.copies", problems.get(0).code());
        assertEquals("documents[0].copies", problems.get(0).field());
    }

    @Test
    public void copyCertificationIsSameDayWithPagesCounted() {
        var d = new CopyCertification().descriptor();
        assertEquals("2.000815", d.code());
        assertEquals(TimeLimitUnit.SAME_DAY, d.timeLimit().unit());
        assertTrue(d.document("ban-chinh").countsPages());
        assertTrue(d.name().startsWith("Chứng thực bản sao từ bản chính"));
    }

    @Test
    public void signatureIsTenThousandPerCase() {
        SignatureCertification p = new SignatureCertification();
        assertEquals(10_000, p.fee(submission("2.000884", Map.of(),
                new SubmittedDocument("giay-to-tuy-than", 1, 0, 0, 0),
                new SubmittedDocument("van-ban-ky", 1, 0, 0, 0))).amount());
        assertEquals(30_000, p.fee(submission("2.000884", Map.of(),
                new SubmittedDocument("van-ban-ky", 3, 0, 0, 0))).amount());
        assertEquals("notarization.cases", p.validate(submission("2.000884", Map.of(),
                new SubmittedDocument("van-ban-ky", 0, 0, 0, 0))).get(0).code());
    }

    @Test
    public void contractIsFiftyThousandInTwoWorkingDaysAndLandNeedsItsCertificate() {
        PropertyContractCertification p = new PropertyContractCertification();
        assertEquals(2, p.descriptor().timeLimit().amount());
        assertEquals(TimeLimitUnit.WORKING_DAYS, p.descriptor().timeLimit().unit());
        assertEquals(50_000, p.fee(submission("2.001035", Map.of())).amount());

        List<Problem> land = p.validate(submission("2.001035", Map.of("assetKind", "quyen-su-dung-dat"),
                new SubmittedDocument("du-thao-hop-dong", 1, 0, 0, 0)));
        assertEquals("notarization.certificate-missing", land.get(0).code());
        assertTrue(p.validate(submission("2.001035", Map.of("assetKind", "quyen-su-dung-dat"),
                new SubmittedDocument("giay-chung-nhan", 0, 0, 1, 0))).isEmpty());
        assertTrue(p.validate(submission("2.001035", Map.of("assetKind", "dong-san"))).isEmpty());
        assertEquals("notarization.asset-kind",
                p.validate(submission("2.001035", Map.of("assetKind", "xe-may"))).get(0).code());
    }

    @Test
    public void willMustBeAskedByTheTestator() {
        WillCertification p = new WillCertification();
        assertEquals(50_000, p.fee(submission("2.001019", Map.of())).amount());
        assertTrue(p.validate(submission("2.001019", Map.of("testatorIdNumber", "027190001234"))).isEmpty());
        assertEquals("notarization.testator-not-applicant",
                p.validate(submission("2.001019", Map.of("testatorIdNumber", "027190009999"))).get(0).code());
    }
}
