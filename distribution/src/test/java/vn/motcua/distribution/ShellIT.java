package vn.motcua.distribution;

import static org.junit.Assert.assertTrue;

import org.junit.Test;

/** The integrator's commands. */
public class ShellIT extends MotcuaTestSupport {

    @Test
    public void listsProcedures() throws Exception {
        String out = executeCommand("motcua:procedures");
        assertTrue(out, out.contains("2.000815"));
        assertTrue(out, out.contains("2.001035"));
        assertTrue(out, out.contains("2 ngày làm việc"));
    }

    @Test
    public void computesDueDates() throws Exception {
        String out = executeCommand("motcua:due 2018-02-13T15:30 2 WORKING_DAYS");
        assertTrue(out, out.contains("2018-02-22T17:30"));
        String bad = executeCommand("motcua:due 2018-02-13T15:30 2 WEEKS");
        assertTrue(bad, bad.contains("unit must be one of"));
    }

    @Test
    public void showsADossierWithItsTrail() throws Exception {
        String code = receive("tn.vocuong", copyCertification(VO_CUONG, "Phan Thị Shell")).json().get("code").asText();
        String out = executeCommand("motcua:dossier " + code);
        assertTrue(out, out.contains("Phan Thị Shell"));
        assertTrue(out, out.contains("Được tiếp nhận"));
        assertTrue(out, out.contains("RECEIVE"));
        String missing = executeCommand("motcua:dossier 000.10.01.H07-000101-9999");
        assertTrue(missing, missing.contains("Không có hồ sơ"));
    }
}
