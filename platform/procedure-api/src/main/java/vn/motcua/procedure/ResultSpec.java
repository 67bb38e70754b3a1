package vn.motcua.procedure;

import java.util.Objects;

/**
 * What a procedure produces and the register (sổ) its results are entered in, numbered per
 * agency per year without gaps: e.g. "Giấy khai sinh" in "Sổ đăng ký khai sinh", or "Bản sao
 * chứng thực" in "Sổ chứng thực bản sao từ bản chính" (symbol SCT/BS).
 *
 * @param title what the result is called
 * @param book the register's code (one counter per agency per year), or null when results are not
 *     entered in a register
 * @param bookName the register's Vietnamese name
 * @param bookSymbol the symbol printed after the number (e.g. {@code SCT/BS}), or null
 */
public record ResultSpec(String title, String book, String bookName, String bookSymbol) {

    public ResultSpec {
        Objects.requireNonNull(title, "title");
        if (book != null && bookName == null) {
            throw new IllegalArgumentException(title + ": a register needs a name");
        }
    }

    /** Whether results are numbered in a register. */
    public boolean registered() {
        return book != null;
    }
}
