package vn.motcua.socialpolicy.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.procedure.Fee;

/**
 * The standard level of social assistance (mức chuẩn trợ giúp xã hội, Nghị định 20/2021/NĐ-CP
 * Điều 4) by the day it applies from, and the multiple of it paid as burial support (Điều 11: at
 * least 20). Both are configuration because the Government raises the level from time to time
 * and a province may set a higher one.
 *
 * <p>A malformed configuration is not used: the error log and {@link #fault()} name the entry at
 * fault, and the burial-support procedure stays in the catalogue but refuses new dossiers with that
 * message until the file is corrected, rather than paying a wrong amount or vanishing from the
 * counter's list without a word.
 */
@Component(service = AssistanceStandard.class, configurationPid = AssistanceStandard.PID)
@Designate(ocd = AssistanceStandard.Config.class)
public class AssistanceStandard {

    static final String PID = "vn.motcua.socialpolicy";
    static final int MAX_MULTIPLE = 1_000;
    static final long MAX_LEVEL = 100_000_000;

    private static final Logger LOG = LoggerFactory.getLogger(AssistanceStandard.class);

    @ObjectClassDefinition(
            name = "motcua – Bảo trợ xã hội / Social assistance",
            description = "Mức chuẩn trợ giúp xã hội theo ngày áp dụng và hệ số hỗ trợ chi phí mai táng."
                    + " / Standard level of social assistance by effective date, and the burial-support multiple.")
    public @interface Config {

        @AttributeDefinition(name = "Mức chuẩn trợ giúp xã hội / Standard levels",
                description = "Các mức chuẩn (đồng/tháng) theo ngày bắt đầu áp dụng, dạng YYYY-MM-DD=số tiền, cách nhau"
                        + " bởi dấu chấm phẩy; áp dụng mức có hiệu lực vào ngày của sự kiện (ví dụ ngày mất)."
                        + " / Levels (đồng a month) by the day they apply from, YYYY-MM-DD=amount separated by"
                        + " semicolons; the level in force on the day of the event (e.g. the date of death) applies.")
        String standardLevels() default "2021-07-01=360000;2024-07-01=500000";

        @AttributeDefinition(name = "Hệ số hỗ trợ chi phí mai táng / Burial-support multiple",
                description = "Mức hỗ trợ chi phí mai táng bằng hệ số này nhân với mức chuẩn (tối thiểu 20 theo Nghị định"
                        + " 20/2021/NĐ-CP Điều 11). / Burial support is this multiple of the standard level (at least"
                        + " 20 under Decree 20/2021 Art. 11).",
                min = "1")
        int burialMultiple() default 20;
    }

    /** A standard level and the day it applies from. */
    record Level(LocalDate from, long amount) {
    }

    /** A burial-support amount and how it is computed. */
    record BurialAmount(int multiple, Level level) {
        long amount() {
            return multiple * level.amount();
        }
    }

    private final NavigableMap<LocalDate, Long> levels;
    private final int burialMultiple;
    private final String fault;

    @Activate
    public AssistanceStandard(Config config) {
        NavigableMap<LocalDate, Long> parsed = new TreeMap<>();
        int multiple = 0;
        String error = null;
        try {
            AssistanceStandard valid = new AssistanceStandard(config.standardLevels(), config.burialMultiple());
            parsed = valid.levels;
            multiple = valid.burialMultiple;
        } catch (IllegalArgumentException e) {
            error = e.getMessage();
            LOG.error("{} Thủ tục 1.001731 không tiếp nhận hồ sơ mới cho đến khi sửa etc/{}.cfg.", error, PID);
        }
        this.levels = parsed;
        this.burialMultiple = multiple;
        this.fault = error;
    }

    /**
     * @throws IllegalArgumentException with a Vietnamese message naming the entry at fault
     */
    AssistanceStandard(String standardLevels, int burialMultiple) {
        this.levels = parse(standardLevels);
        if (burialMultiple < 1 || burialMultiple > MAX_MULTIPLE) {
            throw new IllegalArgumentException(SocialPolicy.message("config.multiple", String.valueOf(MAX_MULTIPLE),
                    String.valueOf(burialMultiple)));
        }
        this.burialMultiple = burialMultiple;
        this.fault = null;
    }

    /** What is wrong with the configuration (a Vietnamese message naming the entry), or null. */
    String fault() {
        return fault;
    }

    /** The level in force on {@code date}, or null when the configuration starts later or is faulty. */
    Level levelOn(LocalDate date) {
        if (fault != null) {
            return null;
        }
        Map.Entry<LocalDate, Long> e = levels.floorEntry(date);
        return e == null ? null : new Level(e.getKey(), e.getValue());
    }

    /** The first day a level is configured for (null when the configuration is faulty). */
    LocalDate firstDay() {
        return levels.isEmpty() ? null : levels.firstKey();
    }

    /** The burial support for someone who died on {@code deathDate}, or null when no level applies. */
    BurialAmount burial(LocalDate deathDate) {
        Level level = levelOn(deathDate);
        return level == null ? null : new BurialAmount(burialMultiple, level);
    }

    private static NavigableMap<LocalDate, Long> parse(String text) {
        NavigableMap<LocalDate, Long> levels = new TreeMap<>();
        if (text != null) {
            for (String raw : text.split(";")) {
                String entry = raw.strip();
                if (entry.isEmpty()) {
                    continue; // a trailing semicolon
                }
                String[] kv = entry.split("=", -1);
                if (kv.length != 2) {
                    throw new IllegalArgumentException(SocialPolicy.message("config.levels.entry", entry));
                }
                LocalDate from;
                try {
                    from = LocalDate.parse(kv[0].strip());
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(SocialPolicy.message("config.levels.date", entry), e);
                }
                long amount;
                try {
                    amount = Long.parseLong(kv[1].strip());
                } catch (NumberFormatException e) {
                    amount = -1;
                }
                if (amount < 1 || amount > MAX_LEVEL) {
                    throw new IllegalArgumentException(SocialPolicy.message("config.levels.amount", entry,
                            Fee.amountText(MAX_LEVEL)));
                }
                if (levels.put(from, amount) != null) {
                    throw new IllegalArgumentException(SocialPolicy.message("config.levels.duplicate",
                            SocialPolicy.day(from)));
                }
            }
        }
        if (levels.isEmpty()) {
            throw new IllegalArgumentException(SocialPolicy.message("config.levels.empty"));
        }
        return levels;
    }
}
