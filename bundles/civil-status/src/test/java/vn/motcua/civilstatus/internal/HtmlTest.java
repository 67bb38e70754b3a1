package vn.motcua.civilstatus.internal;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class HtmlTest {

    @Test
    public void escapesMarkupQuotesAndAmpersands() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;", Html.escape("<script>alert(\"x\")</script>"));
        assertEquals("Tom &amp; Jerry&#39;s", Html.escape("Tom & Jerry's"));
        assertEquals("Nguyễn Thị Hoa", Html.escape("Nguyễn Thị Hoa"));
        assertEquals("", Html.escape(null));
    }
}
