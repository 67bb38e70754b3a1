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

    /**
     * An amount as Vietnamese text writes it, thousands separated by dots: 12000 gives "12.000".
     * For fee lines, slips and results; a fee is priced at every reception, so this builds no
     * formatter.
     */
    public static String amountText(long amount) {
        String digits = Long.toString(amount);
        int start = amount < 0 ? 1 : 0;
        int length = digits.length() - start;
        StringBuilder out = new StringBuilder(digits.length() + length / 3);
        int first = start + (length % 3 == 0 ? 3 : length % 3);
        out.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            out.append('.').append(digits, i, i + 3);
        }
        return out.toString();
    }
}
