import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the benchmarks read about the runtime process they measure (--pid): its memory, and how
 * long it stays busy after a closed-loop run. A runtime delivers its portal outbox beside intake,
 * so a burst leaves it a backlog that it delivers afterwards on the same 2 cores; a throughput
 * that ignores that work credits the runtime with work it has not yet done (and, the other way
 * round, makes a faster outbox look like a slower intake).
 */
final class RuntimeProcess {

    private RuntimeProcess() {
    }

    /** Prints the runtime's resident and peak resident memory. */
    static void printMemory(String pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
            if (line.startsWith("VmRSS") || line.startsWith("VmHWM")) {
                System.out.println("runtime " + line.replaceAll("\\s+", " ")
                        .replace("VmHWM", "peak RSS").replace("VmRSS", "RSS now"));
            }
        }
    }

    /**
     * Seconds from now until the runtime is quiet: below a tenth of one core over half a second
     * (at most {@code limit} seconds).
     */
    static double secondsUntilQuiet(String pid, double limit) throws IOException, InterruptedException {
        long ticksPerSecond = 100; // USER_HZ on Linux
        long start = System.nanoTime();
        long before = cpuTicks(pid);
        while ((System.nanoTime() - start) / 1e9 < limit) {
            Thread.sleep(500);
            long now = cpuTicks(pid);
            if ((now - before) / (double) ticksPerSecond < 0.05) {
                return Math.max(0, (System.nanoTime() - start) / 1e9 - 0.5);
            }
            before = now;
        }
        return limit;
    }

    /** User and system CPU of the process so far, in clock ticks (/proc/PID/stat fields 14 and 15). */
    static long cpuTicks(String pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", pid, "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /**
     * Prints the time the runtime stayed busy after the run and the throughput counting it, the
     * figure to compare between builds.
     */
    static void printBacklog(String pid, int n, double seconds, String unit) throws IOException, InterruptedException {
        double after = secondsUntilQuiet(pid, 300);
        System.out.printf("runtime busy %.1f s after the run (its outbox backlog); counting it: %.0f %s/s%n", after,
                n / (seconds + after), unit);
    }
}
