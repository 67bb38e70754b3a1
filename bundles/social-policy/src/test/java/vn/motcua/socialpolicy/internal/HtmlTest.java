package vn.motcua.socialpolicy.internal;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class HtmlTest {

    @Test
    public void escapesMarkupQuotesAndAmpersands() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;", Html.escape("<script>alert(\"x\")</script>"));
        assertEquals("A &amp; B&#39;s", Html.escape("A & B's"));
        assertEquals("Đỗ Thị Mai", Html.escape("Đỗ Thị Mai"));
        assertEquals("", Html.escape(null));
    }
}
