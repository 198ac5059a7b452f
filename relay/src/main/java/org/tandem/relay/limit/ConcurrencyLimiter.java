package org.tandem.relay.limit;

import java.util.HashMap;
import java.util.Map;

/** Counts things open at once (connections not yet logged in), per key and in total. */
public final class ConcurrencyLimiter {
    private final int perKey;
    private final int total;
    private final Map<String, Integer> open = new HashMap<>();
    private int openTotal;

    public ConcurrencyLimiter(int perKey, int total) {
        if (perKey < 1 || total < perKey) {
            throw new IllegalArgumentException("Limits must be positive and the total at least the per-address one,"
                    + " got " + perKey + " and " + total);
        }
        this.perKey = perKey;
        this.total = total;
    }

    /** Takes a place for {@code key}; false, and nothing taken, when the key or the relay is at its limit. */
    public synchronized boolean tryAcquire(String key) {
        int mine = open.getOrDefault(key, 0);
        if (mine >= perKey || openTotal >= total) {
            return false;
        }
        open.put(key, mine + 1);
        openTotal++;
        return true;
    }

    /** Gives back a place taken by {@link #tryAcquire}. */
    public synchronized void release(String key) {
        Integer mine = open.get(key);
        if (mine == null) {
            return;
        }
        if (mine == 1) {
            open.remove(key);
        } else {
            open.put(key, mine - 1);
        }
        openTotal--;
    }

    public synchronized int open(String key) {
        return open.getOrDefault(key, 0);
    }

    public synchronized int openTotal() {
        return openTotal;
    }

    public int perKey() {
        return perKey;
    }

    public int total() {
        return total;
    }
}
