package vn.motcua.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.EnumSet;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;

/** A procedure field comes and goes with its feature; its dossiers stay. */
public class FeatureIT extends MotcuaTestSupport {

    @Inject
    FeaturesService features;

    @Test
    public void uninstallingTheFieldKeepsItsDossiersAndReinstallingBringsItBack() throws Exception {
        String code = receive("tn.vocuong", copyCertification(VO_CUONG, "Hoàng Văn Giữ")).json().get("code").asText();

        features.uninstallFeature("motcua-notarization", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        try {
            waitForProcedures(false);
            assertFalse(get("/api/procedures", null).body().contains("2.000815"));
            assertEquals(404, get("/api/procedures/2.000815", null).status());
            Answer refused = post("/api/dossiers", "tn.vocuong", copyCertification(VO_CUONG, "A"));
            assertEquals(422, refused.status());
            assertEquals("procedure.unknown", refused.json().at("/problems/0/code").asText());

            Answer kept = get("/api/dossiers/" + code, "tn.vocuong");
            assertEquals(200, kept.status());
            assertTrue(kept.json().get("procedureName").asText().startsWith("Chứng thực bản sao"));
            Answer receipt = get("/api/dossiers/" + code + "/receipt", "tn.vocuong");
            assertEquals(200, receipt.status());
            assertTrue(receipt.body().contains("Chứng thực bản sao từ bản chính"));
        } finally {
            features.installFeature("motcua-notarization", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        }
        waitForProcedures(true);
        receive("tn.vocuong", copyCertification(VO_CUONG, "Hoàng Văn Lại"));
    }

    private void waitForProcedures(boolean present) throws Exception {
        long until = System.nanoTime() + 30_000_000_000L;
        while (procedureCatalog.find("2.000815").isPresent() != present) {
            if (System.nanoTime() > until) {
                throw new AssertionError("procedure 2.000815 still " + (present ? "absent" : "present"));
            }
            Thread.sleep(100);
        }
    }
}
