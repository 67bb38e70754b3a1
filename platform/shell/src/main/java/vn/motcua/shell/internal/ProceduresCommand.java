package vn.motcua.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import vn.motcua.dossier.ProcedureCatalog;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureDescriptor;

@Service
@Command(scope = "motcua", name = "procedures", description = "Lists the installed procedures (thủ tục hành chính)")
public class ProceduresCommand extends MotcuaCommand {

    @Reference
    ProcedureCatalog catalog;

    @Option(name = "--field", description = "Only this procedure field (lĩnh vực), e.g. chung-thuc")
    String field;

    @Override
    void run() throws Exception {
        ShellTable table = new ShellTable();
        table.column("Mã TTHC");
        table.column("Lĩnh vực");
        table.column("Thời hạn");
        table.column("Mức độ");
        table.column("Tên thủ tục").maxSize(80);
        for (Procedure p : catalog.list(field)) {
            ProcedureDescriptor d = p.descriptor();
            table.addRow().addContent(d.code(), d.field().name(), Format.timeLimit(d.timeLimit()),
                    d.onlineLevel().label(), d.name());
        }
        table.print(System.out);
    }
}
