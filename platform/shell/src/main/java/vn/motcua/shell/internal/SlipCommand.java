package vn.motcua.shell.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import vn.motcua.dossier.Actor;
import vn.motcua.dossier.AgencyDirectory;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.UserDirectory;
import vn.motcua.slips.SlipRenderer;

@Service
@Command(scope = "motcua", name = "slip", description = "Writes a dossier's slip as printable HTML "
        + "(receipt, supplement-request, refusal, apology, stop-notice, control)")
public class SlipCommand extends MotcuaCommand {

    @Reference
    DossierService dossiers;

    @Reference
    AgencyDirectory agencies;

    @Reference
    SlipRenderer slips;

    @Reference
    UserDirectory users;

    @Argument(index = 0, name = "code", required = true, description = "Dossier code")
    String code;

    @Argument(index = 1, name = "slip", required = true,
            description = "receipt, supplement-request, refusal, apology, stop-notice or control")
    String slip;

    @Option(name = "--out", description = "File to write (default: <code>-<slip>.html in the current folder)")
    String out;

    @Override
    void run() throws Exception {
        SlipRenderer.Slip s = SlipRenderer.Slip.of(slip);
        if (s == null) {
            throw refused("Không có phiếu '" + slip
                    + "'; các phiếu: receipt, supplement-request, refusal, apology, stop-notice, control.");
        }
        Actor actor = ShellActor.current(users);
        Dossier d = dossiers.get(code, actor);
        String html = slips.render(s, d, dossiers.audit(code, actor), c -> agencies.find(c).orElse(null));
        if (html == null) {
            throw refused("Hồ sơ " + code + " chưa có phiếu này.");
        }
        Path file = Path.of(out != null ? out : code + "-" + slip + ".html");
        Files.writeString(file, html, StandardCharsets.UTF_8);
        System.out.println(file.toAbsolutePath());
    }
}
