package vn.motcua.rest.internal;

import static org.junit.Assert.assertEquals;

import java.net.URI;

import org.junit.Test;

public class LocationsTest {

    @Test
    public void aDossierCodeIsAppendedAsItIs() {
        assertEquals(URI.create("http://localhost:8181/api/dossiers/000.10.01.H07-261129-0001"),
                Locations.under(URI.create("http://localhost:8181/api/"), "dossiers", "000.10.01.H07-261129-0001"));
        assertEquals("a base without its slash", URI.create("https://dvc.bacninh.gov.vn/api/public/dossiers/X1"),
                Locations.under(URI.create("https://dvc.bacninh.gov.vn/api"), "public", "dossiers", "X1"));
    }

    @Test
    public void anythingElseIsEscapedByTheBuilderAsBefore() {
        URI base = URI.create("http://localhost:8181/api/");
        assertEquals(javax.ws.rs.core.UriBuilder.fromUri(base).path("dossiers").path("mã hồ sơ/1").build(),
                Locations.under(base, "dossiers", "mã hồ sơ/1"));
        assertEquals("http://localhost:8181/api/dossiers/m%C3%A3%20h%E1%BB%93%20s%C6%A1/1",
                Locations.under(base, "dossiers", "mã hồ sơ/1").toString());
    }
}
