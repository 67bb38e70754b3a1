package vn.motcua.dossier.core.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The single daemon thread of a component's periodic job, and its orderly stop. */
public final class BackgroundJobs {

    private BackgroundJobs() {
    }

    /** A scheduler of one daemon thread named {@code name}. */
    public static ScheduledExecutorService single(String name) {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Lets a round under way finish (its writes recorded) for up to {@code seconds}, then interrupts it. */
    public static void stop(ScheduledExecutorService scheduler, long seconds) {
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(seconds, TimeUnit.SECONDS)) {
                scheduler.shutdownNow();
            }
        } catch (InterruptedException e) {
            scheduler.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
