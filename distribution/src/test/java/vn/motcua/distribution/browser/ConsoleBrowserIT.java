package vn.motcua.distribution.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real headless Chromium against the assembly just built: a clerk receives a copy
 * certification and prints its receipt, a specialist and a leader bring it to a result, the clerk
 * returns it, the citizen looks it up and rates it, a clerk of another commune cannot open it,
 * script typed into text fields comes back as text, scans other than PDF, JPEG and PNG are refused,
 * five wrong passwords lock an account, and the citizen lookup, counter reception and dossier page
 * fit a phone (390 × 844). Every page visited is saved as a PNG under target/screenshots/.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class ConsoleBrowserIT {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final String PASSWORD = "motcua@demo";
    private static final String ID_NUMBER = "027190001234";
    private static final String APPLICANT = "Nguyễn Thị Phương Hoa";
    static final String XSS_IMG = "<img src=x onerror=alert(1)>";
    static final String XSS_SCRIPT = "\"><script>alert(2)</script>";

    private static BrowserRuntime runtime;
    private static WebDriver driver;
    private static WebDriverWait wait;
    private static Path screenshots;
    private static Path profile;
    private static final List<String> taken = new ArrayList<>();
    /** The contract received in a8, taken through liên thông in a9. */
    private static String contractCode;

    /** The dossier the scenario follows from the counter to the rating. */
    private static String code;
    /** The dossier the citizen submits online, with script in its address. */
    private static String submittedCode;

    @BeforeClass
    public static void startRuntimeAndBrowser() throws Exception {
        // no browser is no test run: say so loudly instead of skipping
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            fail("The browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (Debian packages chromium and chromium-driver; .ci/run installs them).");
        }
        screenshots = Path.of("target", "screenshots").toAbsolutePath();
        Files.createDirectories(screenshots);
        // only this run's pages: a reviewer must not look at a screenshot an earlier run left
        try (var old = Files.newDirectoryStream(screenshots, "*.png")) {
            for (Path png : old) {
                Files.delete(png);
            }
        }
        runtime = BrowserRuntime.start();
        profile = Files.createTempDirectory("motcua-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1366,1000", "--lang=vi-VN",
                "--disable-dev-shm-usage");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @AfterClass
    public static void stop() throws Exception {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            if (runtime != null) {
                runtime.close();
            }
            if (profile != null) {
                BrowserRuntime.deleteTree(profile);
            }
            System.out.println("Screenshots in " + screenshots + ": " + String.join(", ", taken));
        }
    }

    // --- the scenario, in order ----------------------------------------------------------------------

    @Test
    public void a1_clerkReceivesACopyCertificationAndPrintsTheReceipt() throws Exception {
        signIn("tn.vocuong");
        shot("01-tiep-nhan-chon-thu-tuc");
        // words in any order, without diacritics, as a clerk types them
        type(By.id("proc-search"), "ban sao chung thuc");
        visible(By.id("proc-2.000815"));
        long started = System.nanoTime();
        type(By.id("proc-search"), "2.000815");
        click(By.id("proc-2.000815"));
        WebElement fee = visible(By.id("fee-total"));
        assertEquals("0 đ", fee.getText());
        type(By.id("doc-ban-chinh-copies"), "2");
        type(By.id("doc-ban-chinh-pages"), "3");
        // the fee follows the pages as they are typed: 2 copies × (2 × 2.000 + 1.000)
        wait.until(ExpectedConditions.textToBe(By.id("fee-total"), "10.000 đ"));
        type(By.id("applicant-fullName"), APPLICANT);
        type(By.id("applicant-idNumber"), ID_NUMBER);
        type(By.id("applicant-phone"), "0912345678");
        type(By.id("applicant-address"), "phường Võ Cường, TP Bắc Ninh");
        shot("02-tiep-nhan-nhap-ho-so");
        click(By.id("receive-submit"));
        code = visible(By.id("received-code")).getText();
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        assertTrue(code, code.matches("000\\.10\\.01\\.H07-\\d{6}-\\d{4}"));
        assertEquals("10.000 đ", driver.findElement(By.id("received-fee")).getText());
        assertTrue("a same-day certification received in " + seconds + " s", seconds < 60);
        shot("03-tiep-nhan-xong");

        String slip = openInNewWindow(By.id("print-receipt"), "04-giay-tiep-nhan");
        assertTrue(slip, slip.contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"));
        assertTrue(slip, slip.contains(code));
        assertTrue(slip, slip.contains(APPLICANT));
    }

    @Test
    public void a2_clerkUploadsTheScanAndHandsTheDossierOver() throws Exception {
        openDossier(code);
        // received at the counter: it entered the tracking book the day its code says
        String reception = visible(By.id("dossier-reception-number")).getText();
        assertTrue(reception, reception.matches(code.substring(14, 20) + "-\\d{4} \\(tiếp nhận \\d\\d:\\d\\d .*\\)"));
        // other types are refused by their content, whatever the name says, with a message the clerk can act on
        Path text = Files.createTempFile(profile, "ghi-chu-", ".txt");
        Files.writeString(text, "không phải bản quét", StandardCharsets.UTF_8);
        Path disguised = Files.createTempFile(profile, "gia-mao-", ".pdf");
        Files.write(disguised, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0}); // a zip (docx) named .pdf
        for (Path refused : List.of(text, disguised)) {
            driver.findElement(By.id("upload-file")).sendKeys(refused.toString());
            click(By.id("upload-submit"));
            String error = visible(By.cssSelector("#upload-message .notice.error")).getText();
            assertTrue(error, error.startsWith("Chỉ nhận tệp PDF, JPEG hoặc PNG (kiểm tra theo nội dung tệp)"));
            assertFalse(error, error.contains("Exception"));
            assertTrue("nothing stored", driver.findElements(By.cssSelector("#documents a.file-link")).isEmpty());
            shot(refused == text ? "05a-tai-tep-sai-loai" : "05b-tai-tep-gia-mao");
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "document.getElementById('upload-message').replaceChildren();");
        }
        Path scan = Files.createTempFile(profile, "ban-chinh-", ".pdf");
        Files.writeString(scan, "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
                StandardCharsets.US_ASCII);
        driver.findElement(By.id("upload-file")).sendKeys(scan.toString());
        click(By.id("upload-submit"));
        WebElement link = visible(By.cssSelector("#documents a.file-link"));
        assertTrue(link.getText(), link.getText().endsWith(".pdf"));
        Path photo = Files.createTempFile(profile, "ban-chinh-", ".jpg");
        Files.write(photo, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0});
        visible(By.id("upload-file")).sendKeys(photo.toString());
        click(By.id("upload-submit"));
        wait.until(d -> d.findElements(By.cssSelector("#documents a.file-link")).size() == 2);
        assertTrue(driver.findElements(By.cssSelector("#documents a.file-link")).get(1).getText().endsWith(".jpg"));
        shot("05-ho-so-ban-so-hoa");

        act("HAND_OVER", "assignee", "cv.vocuong");
        wait.until(ExpectedConditions.textToBe(By.id("dossier-status"), "Đang xử lý"));
        shot("06-ho-so-da-chuyen-xu-ly");
    }

    @Test
    public void a3_theSpecialistProposesAndTheLeaderApproves() throws Exception {
        signIn("cv.vocuong");
        // the specialist's own queue ("Đến lượt tôi", asked of the server with myTurn=true) comes first
        click(By.id("tab-DEN_LUOT_TOI"));
        visible(By.cssSelector("tr[data-code='" + code + "']"));
        click(By.id("tab-IN_PROCESS"));
        WebElement row = visible(By.cssSelector("tr[data-code='" + code + "']"));
        // handed to this specialist, at the appraisal step: the list says whose turn it is
        assertTrue(row.getText(), row.getText().contains("(cv.vocuong)"));
        assertEquals("Đến lượt bạn", row.findElement(By.cssSelector(".badge.mine")).getText());
        shot("07-chuyen-vien-danh-sach");
        row.findElement(By.cssSelector("a.code")).click();
        visible(By.id("action-PROPOSE"));
        assertTrue("the specialist is offered no approval",
                driver.findElements(By.id("action-APPROVE")).isEmpty());
        shot("08-chuyen-vien-ho-so");
        act("PROPOSE", "note", "Đủ điều kiện chứng thực");

        driver.get(runtime.base() + "/console/#/ho-so?trang-thai=DEN_LUOT_TOI");
        wait.until(ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#worklist table")),
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#worklist .notice"))));
        assertTrue("proposed: no longer in the specialist's queue",
                driver.findElements(By.cssSelector("tr[data-code='" + code + "']")).isEmpty());

        signIn("ld.vocuong");
        click(By.id("tab-DEN_LUOT_TOI"));
        visible(By.cssSelector("tr[data-code='" + code + "']"));
        click(By.id("tab-IN_PROCESS"));
        assertEquals("now at the leader's step", "Đến lượt bạn", visible(By.cssSelector(
                "tr[data-code='" + code + "'] .badge.mine")).getText());
        openDossier(code);
        shot("09-lanh-dao-ho-so");
        act("APPROVE", "result", "02 bản sao chứng thực, số 1024-1025/2026/SCT/BS");
        wait.until(ExpectedConditions.textToBe(By.id("dossier-status"), "Đã xử lý xong"));
        shot("10-lanh-dao-da-phe-duyet");
    }

    @Test
    public void a4_theClerkReturnsTheResultAndPrintsTheControlSlip() throws Exception {
        signIn("tn.vocuong");
        click(By.id("tab-RESULT_READY"));
        visible(By.cssSelector("tr[data-code='" + code + "']"));
        shot("11-tiep-nhan-cho-tra-ket-qua");
        openDossier(code);
        // what the applicant was told at reception, by SMS, and that it went
        String notices = visible(By.id("notices")).getText();
        assertTrue(notices, notices.contains("đã tiếp nhận, hẹn trả kết quả") && notices.contains("SMS 0912345678")
                && notices.contains("Đã gửi lúc"));
        click(By.id("action-RETURN_RESULT"));
        assertEquals(APPLICANT, visible(By.id("f-collectedBy")).getAttribute("value"));
        click(By.id("action-submit"));
        wait.until(ExpectedConditions.textToBe(By.id("dossier-status"), "Đã trả kết quả"));
        // a copy certification prints nothing beyond the approval: no link to a result that is not there
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("slip-result")));
        shot("12-da-tra-ket-qua");
        String control = openInNewWindow(By.id("slip-control"), "13-phieu-kiem-soat");
        assertTrue(control, control.contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ"));
        // the link went because the procedure prints no result, which the address itself says
        driver.get(runtime.base() + "/api/dossiers/" + code + "/result");
        String none = driver.findElement(By.tagName("body")).getText();
        assertTrue(none, none.contains("không lập bản in kết quả riêng"));
    }

    @Test
    public void a5_theCitizenLooksItUpAndRatesIt() throws Exception {
        signOutIfSignedIn();
        driver.get(runtime.base() + "/console/cong-dan/");
        visible(By.id("catalogue-list"));
        // what to bring, also for a procedure done only at the counter
        click(By.cssSelector("#documents-2\\.000884 summary"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("documents-2.000884"), "bản chính"));
        shot("14-cong-dan-thu-tuc");
        driver.get(runtime.base() + "/console/cong-dan/#/tra-cuu");
        type(By.id("lookup-code"), code);
        type(By.id("lookup-suffix"), ID_NUMBER.substring(8));
        click(By.id("lookup-submit"));
        wait.until(ExpectedConditions.textToBe(By.id("lookup-status"), "Đã trả kết quả"));
        shot("15-cong-dan-tra-cuu");
        // the receipt the counter handed over, to print again: it opens as the clerk printed it
        WebElement receiptLink = visible(By.cssSelector("#lookup-slips a[data-slip='receipt']"));
        assertEquals("Giấy tiếp nhận hồ sơ và hẹn trả kết quả", receiptLink.getText());
        String lookupPage = driver.getWindowHandle();
        receiptLink.click();
        wait.until(d -> d.getWindowHandles().size() == 2);
        for (String w : driver.getWindowHandles()) {
            if (!w.equals(lookupPage)) {
                driver.switchTo().window(w);
            }
        }
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), code));
        assertTrue(driver.findElement(By.tagName("body")).getText().contains("GIẤY TIẾP NHẬN HỒ SƠ"));
        driver.close();
        driver.switchTo().window(lookupPage);
        assertTrue(visible(By.id("rating-form")).getText().contains("có thể đánh giá đến hết ngày"));
        click(By.id("convenience-VERY_SATISFIED"));
        click(By.id("overall-SATISFIED"));
        type(By.id("rating-comment"), "Cán bộ hướng dẫn tận tình " + XSS_SCRIPT);
        click(By.id("rating-submit"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lookup-result"), "Cảm ơn Ông/Bà đã đánh giá"));
        assertNoScriptRan();
        shot("16-cong-dan-danh-gia");
        // looked up again: it says the rating was given instead of offering the form a second time
        click(By.id("lookup-submit"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rating-done"), "đã đánh giá"));
        assertTrue(driver.findElements(By.id("rating-form")).isEmpty());
    }

    @Test
    public void a6_theCitizenSubmitsOnlineWithAScan() throws Exception {
        driver.get(runtime.base() + "/console/cong-dan/#/nop/2.000815");
        visible(By.id("citizen-form"));
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("citizen-agency")))
                .selectByValue("000.10.01.H07");
        type(By.id("citizen-fullName"), "Trần Văn Bình");
        type(By.id("citizen-idNumber"), "027190005678");
        type(By.id("citizen-phone"), "0912 345 678");
        type(By.id("citizen-address"), XSS_SCRIPT);
        type(By.id("cdoc-ban-chinh-copies"), "1");
        type(By.id("cdoc-ban-chinh-pages"), "2");
        // the fee as it will be charged, while the form is filled in: 1 copy × 2 pages × 2.000
        wait.until(ExpectedConditions.textToBe(By.id("citizen-fee-total"), "4.000 đ"));
        Path png = Files.createTempFile(profile, "ban-chinh-", ".png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0});
        driver.findElement(By.id("cdoc-ban-chinh-file")).sendKeys(png.toString());
        shot("17-cong-dan-nop-truc-tuyen");
        click(By.id("citizen-submit"));
        String submitted = visible(By.id("submitted-code")).getText();
        assertTrue(submitted, submitted.startsWith("000.10.01.H07-"));
        assertNoScriptRan();
        submittedCode = submitted;
        assertTrue("the scan was stored", driver.findElements(By.cssSelector(".notice.error")).isEmpty());
        shot("18-cong-dan-da-nop");
        // a reload shows the confirmation again, not an empty form to send a second time
        driver.navigate().refresh();
        wait.until(ExpectedConditions.textToBe(By.id("submitted-code"), submitted));
    }

    /**
     * The clerk finds the online submission incomplete and guides the applicant before accepting it,
     * asking for a paper the citizen did not send; the citizen sends its scan from the lookup page.
     */
    @Test
    public void a6b_theClerkGuidesTheOnlineSubmissionAndTheCitizenSupplementsIt() throws Exception {
        signIn("tn.vocuong");
        openDossier(submittedCode);
        // the procedure's paper the dossier lacks is offered beside the dossier's own
        askFor("ban-sao", null, "Chưa tải lên bản sao cần chứng thực", "Đề nghị Ông/Bà tải lên bản sao cần chứng thực",
                "18b-huong-dan-bo-sung");
        assertEquals("Yêu cầu bổ sung giấy tờ", visible(By.id("dossier-status")).getText());

        signOutIfSignedIn();
        driver.get(runtime.base() + "/console/cong-dan/#/tra-cuu");
        type(By.id("lookup-code"), submittedCode);
        type(By.id("lookup-suffix"), "5678");
        click(By.id("lookup-submit"));
        wait.until(ExpectedConditions.textToBe(By.id("lookup-status"), "Yêu cầu bổ sung giấy tờ"));
        assertTrue(visible(By.id("lookup-timeline")).getText().contains("Hướng dẫn bổ sung, hoàn thiện hồ sơ trước khi tiếp nhận"));
        Path png = Files.createTempFile(profile, "ban-sao-", ".png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0});
        driver.findElement(By.id("sup-ban-sao-file")).sendKeys(png.toString());
        shot("18c-cong-dan-bo-sung");
        click(By.id("supplement-submit"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lookup-result"),
                "Bộ phận tiếp nhận sẽ kiểm tra và tiếp nhận hồ sơ"));
        wait.until(ExpectedConditions.textToBe(By.id("lookup-status"), "Mới đăng ký"));

        // back in the clerk's list of online submissions, marked as supplemented, not as a new one
        signIn("tn.vocuong");
        driver.get(runtime.base() + "/console/#/ho-so?trang-thai=SUBMITTED");
        assertEquals("Đã bổ sung", visible(By.cssSelector("tr[data-code='" + submittedCode + "'] .badge.supplemented"))
                .getText());
        shot("18d-danh-sach-da-bo-sung");
    }

    @Test
    public void a7_aClerkOfAnotherCommuneCannotOpenIt() throws Exception {
        signIn("tn.vuninh");
        openDossierExpectingError(code);
        WebElement error = visible(By.cssSelector("#app .notice.error"));
        assertTrue(error.getText(), error.getText().contains("thuộc cơ quan khác"));
        shot("19-phuong-khac-khong-mo-duoc");
        click(By.id("nav-ho-so"));
        click(By.id("tab-ALL"));
        visible(By.id("worklist"));
        assertTrue(driver.findElements(By.cssSelector("tr[data-code='" + code + "']")).isEmpty());
    }

    @Test
    public void a8_aClerkPicksFromAListWhereTheFormHasChoicesAndTheSpecialistReadsTheForm() throws Exception {
        signOutIfSignedIn();
        signIn("tn.vocuong");
        type(By.id("proc-search"), "2.001035");
        click(By.id("proc-2.001035"));
        type(By.id("applicant-fullName"), "Đỗ Văn Tặng");
        type(By.id("applicant-idNumber"), "027190004321");
        type(By.id("form-contractName"), "Hợp đồng tặng cho xe máy");
        // the asset's kind is picked by its words, not typed as a code
        new org.openqa.selenium.support.ui.Select(visible(By.id("form-assetKind"))).selectByVisibleText("Động sản");
        shot("24-tiep-nhan-truong-chon");
        click(By.id("receive-submit"));
        String contract = visible(By.id("received-code")).getText();
        contractCode = contract;
        signOutIfSignedIn();
        signIn("cv.vocuong");
        openDossier(contract);
        WebElement form = visible(By.id("dossier-form"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dossier-form"), "Động sản"));
        assertTrue(form.getText(), form.getText().contains("Tên hợp đồng, giao dịch"));
        assertTrue(form.getText(), form.getText().contains("Hợp đồng tặng cho xe máy"));
        assertFalse(form.getText(), form.getText().contains("dong-san"));
        shot("25-ho-so-to-khai");

        // the reception finds the contract's name incomplete: it asks, and corrects the declaration with the supplement
        signIn("tn.vocuong");
        openDossier(contract);
        askFor("giay-khac", "Dự thảo hợp đồng ghi đủ loại xe", "Tên hợp đồng chưa ghi loại xe",
                "Đề nghị ghi rõ loại xe trong tên hợp đồng", "25a-yeu-cau-bo-sung-giay-khac");
        click(By.id("action-SUPPLEMENT"));
        type(By.id("sup-form-contractName"), "Hợp đồng tặng cho xe máy Honda Wave");
        shot("25b-nhan-bo-sung-sua-to-khai");
        click(By.id("action-submit"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dossier-form"), "Honda Wave"));
        assertTrue(visible(By.id("documents")).getText().contains("Dự thảo hợp đồng ghi đủ loại xe"));
        // the trail names the field as the declaration does, with the value before and after
        String trail = visible(By.id("timeline")).getText();
        assertTrue(trail, trail.contains("Sửa tờ khai: Tên hợp đồng, giao dịch: Hợp đồng tặng cho xe máy → Hợp đồng "
                + "tặng cho xe máy Honda Wave"));
    }

    @Test
    public void a9_lienThongToAnotherWardAndBack() throws Exception {
        signIn("tn.vocuong");
        openDossier(contractCode);
        act("HAND_OVER", "assignee", "cv.vocuong");
        signIn("cv.vocuong");
        openDossier(contractCode);
        click(By.id("action-TRANSFER"));
        // the coordinating agency is picked by its name
        wait.until(d -> d.findElements(By.cssSelector("#f-toAgency option")).size() > 2);
        new org.openqa.selenium.support.ui.Select(visible(By.id("f-toAgency"))).selectByVisibleText("UBND phường Vũ Ninh");
        type(By.id("f-workingDays"), "1");
        type(By.id("f-note"), "Xác minh nơi cư trú");
        click(By.id("action-submit"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dossier-transfer"), "UBND phường Vũ Ninh"));
        // the sending ward's list says where it went
        driver.get(runtime.base() + "/console/#/ho-so?trang-thai=TRANSFERRED");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("tr[data-code='" + contractCode + "'] td.step"), "Liên thông đến UBND phường Vũ Ninh (hạn "));

        signIn("ld.vuninh");
        click(By.id("tab-DEN_LUOT_TOI"));
        assertEquals("Đến lượt bạn", visible(By.cssSelector("tr[data-code='" + contractCode + "'] .badge.mine")).getText());
        // the row says where it comes from, and its deadline is the one to send it back by
        WebElement inRow = driver.findElement(By.cssSelector("tr[data-code='" + contractCode + "']"));
        assertTrue(inRow.getText(), inRow.findElement(By.cssSelector("td.step")).getText()
                .startsWith("Liên thông từ UBND phường Võ Cường"));
        assertTrue(inRow.getText(), inRow.findElement(By.cssSelector("td.due")).getText().endsWith("(trả lại)"));
        openDossier(contractCode);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dossier-transfer"), "UBND phường Võ Cường"));
        shot("26-lien-thong-den-luot-toi");
        click(By.id("action-TRANSFER_BACK"));
        type(By.id("f-note"), "Đã xác minh: đang cư trú tại phường Vũ Ninh");
        click(By.id("action-submit"));
        // sent back: no longer this ward's to read, and it says so instead of an error
        visible(By.id("back-to-list"));
        assertTrue(driver.findElement(By.id("action-area")).getText().contains("Hồ sơ đã chuyển về cơ quan giải quyết"));
        assertFalse("nothing more to do here", driver.findElement(By.id("action-TRANSFER_BACK")).isEnabled());
        shot("27-lien-thong-chuyen-tra");

        signIn("cv.vocuong");
        openDossier(contractCode);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"), "Chuyển trả từ UBND phường Vũ Ninh"));
    }

    @Test
    public void b1_scriptTypedIntoTextFieldsComesBackAsText() throws Exception {
        // the sign-in form: the name is never echoed as markup
        signOutIfSignedIn();
        signInAttempt(XSS_SCRIPT, XSS_IMG);
        visible(By.cssSelector("#login-message .notice.error"));
        assertNoScriptRan();

        signIn("tn.vocuong");
        type(By.id("proc-search"), XSS_IMG);
        assertTrue(visible(By.id("proc-list")).getText().contains("Không có thủ tục phù hợp"));
        assertNoScriptRan();
        type(By.id("proc-search"), "2.000815");
        click(By.id("proc-2.000815"));
        visible(By.id("applicant-fullName"));
        // every text field holds script: the refusal lists the problems as text
        for (String field : List.of("applicant-fullName", "applicant-idNumber", "applicant-phone", "applicant-address",
                "applicant-email")) {
            type(By.id(field), field.endsWith("fullName") ? XSS_IMG : XSS_SCRIPT);
        }
        type(By.id("doc-ban-chinh-copies"), "1");
        type(By.id("doc-ban-chinh-pages"), "1");
        click(By.id("receive-submit"));
        visible(By.cssSelector("#reception-message .notice.error li"));
        assertNoScriptRan();
        shot("20-xss-loi-nhap-lieu");
        // valid where the law checks the format, script where free text is allowed: received as typed
        type(By.id("applicant-idNumber"), ID_NUMBER);
        type(By.id("applicant-phone"), "0912345678");
        type(By.id("applicant-email"), "");
        click(By.id("receive-submit"));
        String xssCode = visible(By.id("received-code")).getText();
        click(By.id("open-dossier"));
        assertEquals(XSS_IMG, visible(By.id("dossier-applicant")).getText());
        assertTrue(driver.findElement(By.tagName("body")).getText().contains(XSS_SCRIPT));
        act("HAND_OVER", "note", XSS_SCRIPT);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"), XSS_SCRIPT));
        assertNoScriptRan();
        shot("21-xss-hien-thi-nguyen-van");
        String receipt = openInNewWindow(By.id("slip-receipt"), "22-xss-giay-tiep-nhan");
        assertTrue(receipt.contains(XSS_IMG));
        click(By.id("nav-ho-so"));
        click(By.id("tab-IN_PROCESS"));
        WebElement row = visible(By.cssSelector("tr[data-code='" + xssCode + "']"));
        assertTrue(row.getText().contains(XSS_IMG));
        assertNoScriptRan();
        // what a citizen typed online reaches the clerk as text
        openDossier(submittedCode);
        assertTrue(driver.findElement(By.tagName("body")).getText().contains(XSS_SCRIPT));
        assertNoScriptRan();

        // the citizens' lookup and the administrator's forms
        signOutIfSignedIn();
        driver.get(runtime.base() + "/console/cong-dan/#/tra-cuu");
        type(By.id("lookup-code"), XSS_SCRIPT);
        type(By.id("lookup-suffix"), "1234");
        click(By.id("lookup-submit"));
        visible(By.cssSelector("#lookup-result .notice.error"));
        assertNoScriptRan();
        signIn("qt.tinh");
        click(By.id("nav-quan-tri"));
        type(By.id("new-userName"), "xss.thu");
        type(By.id("new-displayName"), XSS_IMG);
        type(By.id("new-password"), "mat-khau-thu-1");
        click(By.id("new-role-RECEPTION_CLERK"));
        click(By.id("new-user-submit"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users"), "xss.thu"));
        visible(By.id("users-table"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users-table"), XSS_IMG));
        assertNoScriptRan();
        shot("23-xss-quan-tri");
    }

    @Test
    public void b2_reportsAndAdministrationPages() throws Exception {
        signIn("qt.tinh");
        click(By.id("nav-bao-cao"));
        visible(By.id("report-table"));
        reportOnTheDayOf(code);
        visible(By.id("chart-share"));
        visible(By.id("chart-ontime"));
        assertTrue(driver.findElement(By.id("download-csv")).getAttribute("href").contains("format=csv"));
        assertTrue(driver.findElement(By.id("download-xlsx")).getAttribute("href").contains("format=xlsx"));
        visible(By.id("ranking"));
        shot("24-bao-cao");
        click(By.id("nav-quan-tri"));
        visible(By.id("users-table"));
        visible(By.id("agencies"));
        shot("25-quan-tri");
        signIn("tn.vocuong");
        click(By.id("nav-bao-cao"));
        visible(By.id("report-table"));
        reportOnTheDayOf(code);
        String book = openInNewWindow(By.id("tracking-book"), "26-so-theo-doi-ho-so");
        assertTrue(book, book.contains(code));
    }

    /**
     * The report page's period (by default this month until today) set to the day {@code dossierCode}
     * was received (its yyMMdd), so that a run crossing midnight or a month's end still finds it.
     */
    private void reportOnTheDayOf(String dossierCode) {
        String day = dossierCode.substring(dossierCode.indexOf('-') + 1, dossierCode.indexOf('-') + 7);
        String iso = "20" + day.substring(0, 2) + "-" + day.substring(2, 4) + "-" + day.substring(4, 6);
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("document.getElementById('report-from').value"
                + " = arguments[0]; document.getElementById('report-to').value = arguments[0];"
                + " document.getElementById('ranking-year').value = arguments[0].slice(0, 4);", iso);
        click(By.id("report-submit"));
        // the links are drawn again with the answer: wait for those of the new period
        wait.until(d -> {
            try {
                return d.findElement(By.id("download-csv")).getAttribute("href").contains("from=" + iso);
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
                return false;
            }
        });
    }

    @Test
    public void b3_fiveWrongPasswordsLockTheAccount() throws Exception {
        signOutIfSignedIn();
        for (int i = 1; i <= 5; i++) {
            signInAttempt("ld.vuninh", "sai-mat-khau-" + i);
            String message = visible(By.cssSelector("#login-message .notice.error")).getText();
            if (i < 5) {
                assertEquals("Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang bị khóa tạm thời.", message);
            } else {
                assertTrue(message, message.startsWith(
                        "Tài khoản đã bị tạm khóa do nhập sai mật khẩu 5 lần liên tiếp. Vui lòng thử lại sau"));
            }
        }
        signInAttempt("ld.vuninh", PASSWORD);
        String message = visible(By.cssSelector("#login-message .notice.error")).getText();
        assertTrue("locked even with the right password: " + message, message.startsWith("Tài khoản đã bị tạm khóa"));
        shot("27-khoa-tai-khoan");
    }

    /** Submits the sign-in form and waits for its answer (the page empties the password field then). */
    private static void signInAttempt(String user, String password) {
        type(By.id("login-user"), user);
        type(By.id("login-password"), password);
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById('login-message').replaceChildren();");
        click(By.id("login-submit"));
        wait.until(d -> d.findElement(By.id("login-password")).getAttribute("value").isEmpty()
                && d.findElement(By.id("login-submit")).isEnabled()
                && !d.findElements(By.cssSelector("#login-message .notice")).isEmpty());
    }

    @Test
    public void b4_thePagesFitAPhone() throws Exception {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            driver.get(runtime.base() + "/console/cong-dan/#/tra-cuu");
            type(By.id("lookup-code"), code);
            type(By.id("lookup-suffix"), ID_NUMBER.substring(8));
            click(By.id("lookup-submit"));
            wait.until(ExpectedConditions.textToBe(By.id("lookup-status"), "Đã trả kết quả"));
            assertNoSidewaysScrolling("citizen lookup");
            shot("28-dien-thoai-tra-cuu");
            signIn("tn.vocuong");
            type(By.id("proc-search"), "2.000815");
            click(By.id("proc-2.000815"));
            type(By.id("doc-ban-chinh-copies"), "2");
            type(By.id("doc-ban-chinh-pages"), "3");
            wait.until(ExpectedConditions.textToBe(By.id("fee-total"), "10.000 đ"));
            assertNoSidewaysScrolling("counter reception");
            shot("29-dien-thoai-tiep-nhan");
            openDossier(code);
            visible(By.id("timeline"));
            assertNoSidewaysScrolling("dossier page");
            shot("30-dien-thoai-ho-so");
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 1000));
        }
    }

    /** The page fits the window's width: wide tables scroll inside their own box, never the page. */
    private static void assertNoSidewaysScrolling(String page) {
        long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue("no sideways scrolling on a phone (" + page + "): " + overflow + " px too wide", overflow <= 0);
    }

    // --- helpers -----------------------------------------------------------------------------------

    private static void signIn(String user) {
        signOutIfSignedIn();
        type(By.id("login-user"), user);
        type(By.id("login-password"), PASSWORD);
        click(By.id("login-submit"));
        visible(By.id("current-user"));
    }

    private static void signOutIfSignedIn() {
        driver.get(runtime.base() + "/console/");
        WebElement first = wait.until(d -> {
            List<WebElement> out = d.findElements(By.id("logout"));
            List<WebElement> in = d.findElements(By.id("login-user"));
            return !out.isEmpty() ? out.get(0) : !in.isEmpty() ? in.get(0) : null;
        });
        if ("logout".equals(first.getAttribute("id"))) {
            first.click();
            visible(By.id("login-user"));
        }
        if (taken.stream().noneMatch(n -> n.startsWith("00-"))) {
            shot("00-dang-nhap");
        }
    }

    private static void openDossier(String dossier) {
        driver.get(runtime.base() + "/console/#/ho-so/" + dossier);
        wait.until(ExpectedConditions.textToBe(By.id("dossier-code"), dossier));
    }

    private static void openDossierExpectingError(String dossier) {
        driver.get(runtime.base() + "/console/#/ho-so/" + dossier);
    }

    /** Opens an action's form, fills one field, submits, and waits for the page to show the outcome. */
    /** Asks the open dossier's applicant for one paper (an other paper by its name), screenshot before sending. */
    private static void askFor(String document, String name, String reason, String note, String screenshot) {
        click(By.id("action-REQUEST_SUPPLEMENT"));
        click(By.id("req-" + document));
        if (name != null) {
            type(By.id("req-" + document + "-name"), name);
        }
        type(By.id("req-" + document + "-reason"), reason);
        type(By.id("f-note"), note);
        shot(screenshot);
        click(By.id("action-submit"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#dossier-message .notice.ok")));
    }

    private static void act(String action, String fieldName, String value) {
        click(By.id("action-" + action));
        type(By.id("f-" + fieldName), value);
        click(By.id("action-submit"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#dossier-message .notice.ok")));
    }

    /** Follows a link that opens a new window (a printable slip), screenshots it, returns its text. */
    private static String openInNewWindow(By link, String name) {
        String main = driver.getWindowHandle();
        Set<String> before = driver.getWindowHandles();
        click(link);
        String opened = wait.until(d -> d.getWindowHandles().stream().filter(h -> !before.contains(h)).findFirst()
                .orElse(null));
        driver.switchTo().window(opened);
        wait.until(d -> !d.findElements(By.tagName("h1")).isEmpty() || !d.findElements(By.tagName("table")).isEmpty());
        String text = driver.findElement(By.tagName("body")).getText();
        shot(name);
        driver.close();
        driver.switchTo().window(main);
        return text;
    }

    private static void assertNoScriptRan() {
        try {
            String text = driver.switchTo().alert().getText();
            fail("a script ran: alert(" + text + ")");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
        assertTrue("no element was made from typed markup",
                driver.findElements(By.cssSelector("img[src='x'], script:not([src])")).isEmpty());
        assertFalse(driver.getPageSource().contains("<img src=\"x\""));
    }

    private static WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private static void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    private static void type(By by, String text) {
        WebElement e = visible(by);
        e.clear();
        if (!text.isEmpty()) {
            e.sendKeys(text);
        }
    }

    private static void shot(String name) {
        try {
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(screenshots.resolve(name + ".png"), png);
            taken.add(name + ".png");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
