package org.tandem.customer.action;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The engine's workers, held back until the test lets them go, and then run in the reverse of the order
 * they were handed over: a pool of threads may take its tasks in any order, and this is the one order a
 * test can count on to show what depends on it.
 */
final class HeldWorkers extends AbstractExecutorService {
    private final ExecutorService pool = Executors.newCachedThreadPool(new DaemonThreads("held-action-"));
    private final List<Runnable> held = new ArrayList<>();
    private boolean holding = true;

    @Override
    public void execute(Runnable task) {
        synchronized (held) {
            if (holding) {
                held.add(task);
                return;
            }
        }
        pool.execute(task);
    }

    /** Runs what was held, the last handed over first, one after another; what comes later runs at once. */
    void releaseLastFirst() {
        List<Runnable> toRun;
        synchronized (held) {
            holding = false;
            toRun = new ArrayList<>(held);
            held.clear();
        }
        Collections.reverse(toRun);
        pool.execute(() -> toRun.forEach(Runnable::run));
    }

    @Override
    public void shutdown() {
        releaseLastFirst();
        pool.shutdown();
    }

    @Override
    public List<Runnable> shutdownNow() {
        return pool.shutdownNow();
    }

    @Override
    public boolean isShutdown() {
        return pool.isShutdown();
    }

    @Override
    public boolean isTerminated() {
        return pool.isTerminated();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return pool.awaitTermination(timeout, unit);
    }
}
