package vn.motcua.procedure;

import java.util.List;

/**
 * A computed fee (phí, lệ phí) in Vietnamese đồng.
 *
 * @param amount total in đồng
 * @param lines how it is made up, in Vietnamese, one line per item
 */
public record Fee(long amount, List<String> lines) {

    public static final Fee FREE = new Fee(0, List.of("Miễn phí"));

    public Fee {
        if (amount < 0) {
            throw new IllegalArgumentException("negative fee");
        }
        lines = List.copyOf(lines);
    }
}
