package vn.motcua.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
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
        assertTrue(bad, bad.contains("unit phải là một trong"));
    }

    @Test
    public void aProvinceAdministratorCreatesAnOfficialWhoCanThenSignIn() throws Exception {
        String out = executeCommand("motcua:user-add --password 'mật-khẩu-mới-2026' tn2.vocuong 000.10.01.H07 "
                + "RECEPTION_CLERK 'Trịnh Thị Mới'");
        assertTrue(out, out.contains("Đã tạo tài khoản tn2.vocuong"));
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + "/api/dossiers?size=1"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        "tn2.vocuong:mật-khẩu-mới-2026".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .GET().build();
        assertEquals(200, java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode());
        String listed = executeCommand("motcua:users --agency 000.10.01.H07");
        assertTrue(listed, listed.contains("Trịnh Thị Mới"));
        String refused = executeCommandAs("tn.vocuong", "motcua:user-add --password abcdefgh x.y 000.10.01.H07 "
                + "LEADER 'Không Được'");
        assertTrue(refused, refused.contains("Chỉ quản trị tỉnh"));
        String weak = executeCommand("motcua:user-add --password 123 tn3.vocuong 000.10.01.H07 RECEPTION_CLERK 'A'");
        assertTrue(weak, weak.contains("Chưa tạo được tài khoản tn3.vocuong: Mật khẩu phải dài từ 8 đến 128 ký tự."));
    }

    /**
     * The credential stamp that lets the REST layer renew a remembered password without hashing
     * it again: it changes with the password, the roles and the name, and is empty for a disabled
     * account or an unknown user.
     */
    @Test
    public void theCredentialStampFollowsWhatASignInRestsOn() throws Exception {
        var ref = bundleContext.getServiceReference(vn.motcua.dossier.UserDirectory.class);
        vn.motcua.dossier.UserDirectory users = bundleContext.getService(ref);
        try {
            String out = executeCommand("motcua:user-add --password 'mật-khẩu-dấu-2026' cv9.vocuong 000.10.01.H07 "
                    + "SPECIALIST 'Đỗ Văn Dấu'");
            assertTrue(out, out.contains("Đã tạo tài khoản cv9.vocuong"));
            String first = users.credentialStamp("cv9.vocuong").orElseThrow();
            assertEquals(first, users.credentialStamp("cv9.vocuong").orElseThrow());
            users.changePassword("cv9.vocuong", "mật-khẩu-khác-2026".toCharArray());
            String afterPassword = users.credentialStamp("cv9.vocuong").orElseThrow();
            assertTrue(!afterPassword.equals(first));
            users.setRoles("cv9.vocuong", java.util.Set.of(vn.motcua.dossier.Role.LEADER));
            String afterRoles = users.credentialStamp("cv9.vocuong").orElseThrow();
            assertTrue(!afterRoles.equals(afterPassword));
            users.setEnabled("cv9.vocuong", false);
            assertTrue(users.credentialStamp("cv9.vocuong").isEmpty());
            users.setEnabled("cv9.vocuong", true);
            assertEquals(afterRoles, users.credentialStamp("cv9.vocuong").orElseThrow());
            assertTrue(users.credentialStamp("khong.co.ai").isEmpty());
        } finally {
            bundleContext.ungetService(ref);
        }
    }

    @Test
    public void showsADossierWithItsTrail() throws Exception {
        String code = receive("tn.vocuong", copyCertification(VO_CUONG, "Phan Thị Shell")).json().get("code").asText();
        String out = executeCommand("motcua:dossier " + code);
        assertTrue(out, out.contains("Phan Thị Shell"));
        assertTrue(out, out.contains("Được tiếp nhận"));
        // the journal in Vietnamese: action "Tiếp nhận", status after it "Được tiếp nhận", no enum names
        assertTrue(out, java.util.regex.Pattern.compile("\\|\\s*Tiếp nhận\\s*\\|\\s*Được tiếp nhận\\s*\\|").matcher(out).find());
        assertFalse(out, out.contains("RECEIVE"));
        String missing = executeCommand("motcua:dossier 000.10.01.H07-000101-9999");
        assertTrue(missing, missing.contains("Không có hồ sơ"));
    }

    @Test
    public void everyOfficialMaySignInToTheSshShellButOnlyAdministratorsGetKarafAdmin() throws Exception {
        java.util.Set<String> clerk = karafRoles("tn.vocuong");
        assertTrue(clerk.toString(), clerk.contains("ssh"));
        assertTrue(clerk.toString(), clerk.contains("reception_clerk"));
        assertTrue(clerk.toString(), !clerk.contains("admin") && !clerk.contains("viewer"));
        java.util.Set<String> admin = karafRoles("qt.tinh");
        assertTrue(admin.toString(), admin.contains("ssh") && admin.contains("admin"));
    }

    /** Signs in to the realm the SSH server uses and returns the role principals it grants. */
    private static java.util.Set<String> karafRoles(String user) throws Exception {
        javax.security.auth.login.LoginContext login = new javax.security.auth.login.LoginContext("motcua",
                callbacks -> {
                    for (javax.security.auth.callback.Callback c : callbacks) {
                        if (c instanceof javax.security.auth.callback.NameCallback n) {
                            n.setName(user);
                        } else if (c instanceof javax.security.auth.callback.PasswordCallback p) {
                            p.setPassword("motcua@demo".toCharArray());
                        }
                    }
                });
        login.login();
        try {
            java.util.Set<String> roles = new java.util.TreeSet<>();
            login.getSubject().getPrincipals(org.apache.karaf.jaas.boot.principal.RolePrincipal.class)
                    .forEach(r -> roles.add(r.getName()));
            return roles;
        } finally {
            login.logout();
        }
    }
}
