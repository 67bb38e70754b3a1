package vn.motcua.rest.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import javax.ws.rs.core.Response;

import vn.motcua.dossier.DossierFiles.StoredContent;

/**
 * A stored file as an HTTP answer: its own type, shown inline, with headers that keep the browser
 * from guessing another type or running anything in it.
 */
final class FileAnswer {

    private FileAnswer() {
    }

    static Response of(StoredContent c) {
        String name = URLEncoder.encode(c.file().name(), StandardCharsets.UTF_8).replace("+", "%20");
        Response.ResponseBuilder b = Response.ok(c.path().toFile(), c.file().contentType())
                .header("Content-Disposition", "inline; filename*=UTF-8''" + name)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-cache");
        if (c.file().contentType().startsWith("image/")) {
            // an image needs nothing else; a PDF is left to the browser's own (sandboxed) viewer
            b.header("Content-Security-Policy", "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'");
        }
        return b
                .header("ETag", "\"" + c.file().sha256() + "\"").build();
    }
}
