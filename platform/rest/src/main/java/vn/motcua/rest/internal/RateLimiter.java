package vn.motcua.rest.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fixed-window counters per key (a client address): at most {@code limit} events per window. In
 * memory, per runtime: behind several nodes each node counts its own share.
 */
final class RateLimiter {

    private record Window(long start, int count) {
    }

    private final int limit;
    private final long windowNanos;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    RateLimiter(int limit, long windowSeconds) {
        this.limit = limit;
        this.windowNanos = windowSeconds * 1_000_000_000L;
    }

    /** Counts an event; false when the key has used up its window. */
    boolean allow(String key) {
        long now = System.nanoTime();
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(e -> now - e.getValue().start() > windowNanos);
        }
        Window w = windows.compute(key, (k, old) -> old == null || now - old.start() > windowNanos
                ? new Window(now, 1) : new Window(old.start(), old.count() + 1));
        return w.count() <= limit;
    }

    /** Whether the key has used up its window, without counting. */
    boolean exhausted(String key) {
        Window w = windows.get(key);
        return w != null && System.nanoTime() - w.start() <= windowNanos && w.count() >= limit;
    }

    long windowSeconds() {
        return windowNanos / 1_000_000_000L;
    }
}
