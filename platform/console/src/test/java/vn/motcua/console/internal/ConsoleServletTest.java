package vn.motcua.console.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.Test;

public class ConsoleServletTest {

    @Test
    public void foldersMeanTheirIndexAndNothingOutsideIsServed() {
        assertEquals("/index.html", ConsoleServlet.resourcePath("/"));
        assertEquals("/cong-dan/index.html", ConsoleServlet.resourcePath("/cong-dan/"));
        assertEquals("/js/app.js", ConsoleServlet.resourcePath("/js/app.js"));
        assertEquals("", ConsoleServlet.resourcePath(null));
        assertNull(ConsoleServlet.resourcePath("/../META-INF/MANIFEST.MF"));
        assertNull(ConsoleServlet.resourcePath("/js/..%2f"));
        assertNull(ConsoleServlet.resourcePath("/.hidden"));
        assertNull(ConsoleServlet.resourcePath("//etc/passwd"));
    }

    @Test
    public void theCspAllowsNoInlineScriptAndNoOtherOrigin() {
        assertTrue(ConsoleServlet.CSP.contains("script-src 'self';"));
        assertFalse(ConsoleServlet.CSP.contains("unsafe-inline"));
        assertFalse(ConsoleServlet.CSP.contains("unsafe-eval"));
        assertTrue(ConsoleServlet.CSP.contains("frame-ancestors 'none'"));
    }

    /** The one rule of the front end: data reaches the page as text, never as markup. */
    @Test
    public void noScriptWritesMarkupFromStrings() throws IOException {
        Pattern forbidden = Pattern.compile("innerHTML|outerHTML|insertAdjacentHTML|document\\.write|eval\\(|new Function");
        for (String script : new String[] {"app.js", "api.js", "dom.js", "format.js", "citizen.js", "counter.js",
            "dossier.js", "worklist.js", "reports.js", "admin.js"}) {
            try (InputStream in = ConsoleServlet.class.getResourceAsStream("/static/js/" + script)) {
                assertNotNull(script, in);
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertFalse(script + " writes markup from a string", forbidden.matcher(text).find());
            }
        }
    }

    @Test
    public void pagesLoadNoInlineScript() throws IOException {
        for (String page : new String[] {"/static/index.html", "/static/cong-dan/index.html"}) {
            try (InputStream in = ConsoleServlet.class.getResourceAsStream(page)) {
                assertNotNull(page, in);
                String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertFalse(page, Pattern.compile("<script(?![^>]*\\bsrc=)").matcher(html).find());
                assertFalse(page, Pattern.compile("\\son[a-z]+=").matcher(html).find());
                assertTrue(page, html.contains("lang=\"vi\""));
            }
        }
    }
}
