package org.tandem.agent.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.agent.history.RecapExport;

/**
 * What an ended session's tab offers: its recap, saved from the console's log of it as History's
 * Export recap saves it. FX thread, but for the saving, which runs on the file executor.
 */
public final class EndedViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(EndedViewModel.class);
    private final Executor fx;
    private final Executor io;
    private final RecapExport recaps;
    private final ReadOnlyBooleanWrapper canExport = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private Path log;

    EndedViewModel(Executor fx, Executor io, ZoneId zone) {
        this.fx = fx;
        this.io = io;
        this.recaps = new RecapExport(zone);
    }

    /** The session's log is open: its recap can be saved once the session has ended. FX thread. */
    void logOpened(Path file) {
        log = file;
        canExport.set(true);
        status.set("");
    }

    /** A new session: no log yet. */
    void clear() {
        log = null;
        canExport.set(false);
        status.set("");
    }

    /** Whether this session has a log to make a recap of. */
    public ReadOnlyBooleanProperty canExportProperty() {
        return canExport.getReadOnlyProperty();
    }

    /** Where the last saving stands: saved where, or that it could not be saved. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The name a saved recap is offered under. */
    public String suggestedFileName() {
        return log == null ? "recap.md" : RecapExport.fileNameFor(log);
    }

    /** Saves the recap to {@code target}: HTML for a name ending in .html, Markdown otherwise. */
    public CompletableFuture<Path> export(Path target) {
        Path from = log;
        if (from == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("This session has no log"));
        }
        CompletableFuture<Path> export = CompletableFuture.supplyAsync(() -> {
            try {
                return recaps.write(from, target);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, io);
        export.whenComplete((path, failure) -> {
            if (failure != null) {
                LOG.warn("Could not save the recap of {} to {}", from, target, failure);
            }
            fx.execute(() -> status.set(failure == null ? Texts.format("history.recapSaved", path)
                    : Texts.get("history.recapNotSaved")));
        });
        return export;
    }
}
