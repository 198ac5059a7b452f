package org.tandem.customer.action.command;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Ends a process and everything it started: a polite request first (SIGTERM on Unix), then, after a
 * grace period, a forced end. Descendants are collected before the first signal, since a child
 * whose parent died is adopted elsewhere and no longer shows up as a descendant.
 */
public final class ProcessTree {
    private ProcessTree() {}

    /** Ends the tree, waiting at most {@code grace} before forcing and as long again after. */
    public static void end(ProcessHandle root, Duration grace) throws InterruptedException {
        Set<ProcessHandle> tree = snapshot(root);
        tree.forEach(ProcessHandle::destroy);
        if (awaitAll(tree, grace)) {
            return;
        }
        tree.addAll(snapshot(root));
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        awaitAll(tree, grace);
    }

    private static Set<ProcessHandle> snapshot(ProcessHandle root) {
        Set<ProcessHandle> tree = new LinkedHashSet<>();
        tree.add(root);
        root.descendants().forEach(tree::add);
        return tree;
    }

    private static boolean awaitAll(Set<ProcessHandle> tree, Duration grace) throws InterruptedException {
        CompletableFuture<?>[] exits = tree.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(grace.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return tree.stream().noneMatch(ProcessHandle::isAlive);
        }
    }
}
