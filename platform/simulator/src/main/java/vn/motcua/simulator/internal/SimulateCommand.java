package vn.motcua.simulator.internal;

import java.io.PrintStream;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;

import vn.motcua.dossier.Actor;
import vn.motcua.dossier.Report;
import vn.motcua.dossier.ReportQuery;
import vn.motcua.dossier.ReportService;
import vn.motcua.dossier.ReportRow;
import vn.motcua.simulator.Simulation;
import vn.motcua.simulator.Simulator;

@Service
@Command(scope = "motcua", name = "simulate", description = "Replays a period through the service layer "
        + "(e.g. --preset bac-ninh-2018) with a progress bar, then prints the period's report")
public class SimulateCommand implements Action {

    @Reference
    Simulator simulator;

    @Reference
    ReportService reports;

    @Option(name = "--preset", description = "bac-ninh-2018, mini, or a file name (without .json) under etc/motcua-presets")
    String preset = "bac-ninh-2018";

    @Option(name = "--seed", description = "Random seed: the same seed replays the same dossiers")
    long seed = 2018;

    @Option(name = "--scale", description = "Share of the preset's dossiers, e.g. 0.1")
    double scale = 1;

    @Option(name = "--list", description = "List the presets")
    boolean list;

    @Override
    public Object execute() throws InterruptedException, CommandException {
        PrintStream out = System.out;
        if (list) {
            simulator.presets().forEach(out::println);
            return null;
        }
        Simulation s;
        try {
            s = simulator.start(preset, seed, scale);
        } catch (IllegalArgumentException e) {
            // an unknown preset or a scale out of range: the shell's error line, not an ERROR in the log
            throw new CommandException(e.getMessage());
        }
        out.println("Mô phỏng " + s.preset() + " (" + s.from() + " – " + s.to() + "), " + s.total() + " hồ sơ, seed "
                + seed);
        long started = System.nanoTime();
        while (!s.finished()) {
            Thread.sleep(500);
            s = simulator.get(s.id()).orElseThrow();
            out.print("\r" + bar(s.done(), s.total()) + rate(s.done(), started));
            out.flush();
        }
        out.println();
        if (s.state().equals("FAILED")) {
            throw new IllegalStateException("Mô phỏng thất bại: " + s.error());
        }
        print(out, s, reports.report(new ReportQuery(s.from(), s.to(), ReportQuery.GroupBy.FIELD, null, null, null, null), Actor.SYSTEM));
        return null;
    }

    static String bar(int done, int total) {
        int width = 30;
        int filled = total == 0 ? width : (int) ((long) done * width / total);
        return "[" + "#".repeat(filled) + ".".repeat(width - filled) + "] "
                + String.format("%3d%% %,d/%,d", total == 0 ? 100 : done * 100L / total, done, total);
    }

    private static String rate(int done, long started) {
        double seconds = (System.nanoTime() - started) / 1e9;
        return seconds < 1 ? "" : String.format("  %.0f hồ sơ/giây ", done / seconds);
    }

    static void print(PrintStream out, Simulation s, Report byField) {
        Report r = s.report();
        ReportRow t = r.total();
        out.println("Báo cáo " + r.from() + " – " + r.to() + ":");
        out.printf("  Tiếp nhận: %,d hồ sơ (trực tiếp %,d, trực tuyến %,d, bưu chính %,d); %.1f hồ sơ/xã, phường/tháng%n",
                t.received(), t.receivedCounter(), t.receivedOnline(), t.receivedPost(), r.receivedPerAgencyPerMonth());
        out.printf("  Đã giải quyết: %,d (trước hạn %,d, đúng hạn %,d, quá hạn %,d); trước và đúng hạn %.2f%%%n",
                t.finished(), t.finishedEarly(), t.finishedOnTime(), t.finishedLate(),
                t.onTimeRate() == null ? 0.0 : t.onTimeRate());
        out.printf("  Đang giải quyết cuối kỳ: %,d (quá hạn %,d); rút hồ sơ %,d%n", t.openWithinTime() + t.openOverdue(),
                t.openOverdue(), t.withdrawn());
        out.println("  Thủ tục có hồ sơ: " + r.proceduresWithDossiers().size() + " " + r.proceduresWithDossiers());
        out.println("  Theo lĩnh vực (tỷ lệ hồ sơ tiếp nhận):");
        shares(out, byField.rows(), t.received());
        out.println("  Theo xã, phường (tỷ lệ hồ sơ tiếp nhận):");
        shares(out, r.rows(), t.received());
    }

    private static void shares(PrintStream out, List<ReportRow> rows, long total) {
        for (ReportRow row : rows) {
            out.printf("    %-30s %,7d  %6.2f%%%n", row.label(), row.received(), total == 0 ? 0.0 : 100.0 * row.received() / total);
        }
    }
}
