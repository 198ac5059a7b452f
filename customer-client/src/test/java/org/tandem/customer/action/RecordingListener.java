package org.tandem.customer.action;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.tandem.shared.action.ActionProgress;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionRisk;

/** Keeps what the engine reported, and lets a test wait for a request's result. */
public final class RecordingListener implements ActionListener {
    public final List<String> calls = new CopyOnWriteArrayList<>();
    public final List<ActionProgress> progress = new CopyOnWriteArrayList<>();
    public final List<ActionResult> results = new CopyOnWriteArrayList<>();
    private final Map<String, CompletableFuture<ActionResult>> finished = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Void>> started = new ConcurrentHashMap<>();

    @Override
    public void requested(String requestId, ActionRisk risk, String what) {
        calls.add("requested " + requestId + " " + risk + " " + what);
    }

    @Override
    public void consentAsked(String requestId, String promptText) {
        calls.add("asked " + requestId + " " + promptText);
    }

    @Override
    public void started(String requestId, boolean cancellable) {
        calls.add("started " + requestId);
        started.computeIfAbsent(requestId, id -> new CompletableFuture<>()).complete(null);
    }

    @Override
    public void progressed(ActionProgress update) {
        progress.add(update);
    }

    @Override
    public void finished(ActionResult result) {
        calls.add("finished " + result.requestId() + " " + result.outcome());
        results.add(result);
        finished.computeIfAbsent(result.requestId(), id -> new CompletableFuture<>()).complete(result);
    }

    public ActionResult result(String requestId) throws Exception {
        return finished.computeIfAbsent(requestId, id -> new CompletableFuture<>()).get(20, TimeUnit.SECONDS);
    }

    public void awaitStarted(String requestId) throws Exception {
        started.computeIfAbsent(requestId, id -> new CompletableFuture<>()).get(20, TimeUnit.SECONDS);
    }
}
