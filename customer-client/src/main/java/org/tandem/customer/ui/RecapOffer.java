package org.tandem.customer.ui;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.stage.Window;

/**
 * The recap of the session that ended last: shown by itself once its log is closed, and again whenever
 * the customer asks (Show the recap, on the code form), as long as no other session's log replaced it.
 * One recap window at a time: asking again brings the open one to the front.
 */
final class RecapOffer {
    private final Window owner;
    private final ObservableValue<Path> recordedLog;
    private final Supplier<RecapViewModel> recaps;
    private RecapWindow open;
    private Path openFor;

    /**
     * @param recordedLog the closed log of the session that ended last; null before one ended
     * @param recaps makes the recap's view model, once per window
     */
    RecapOffer(Window owner, ObservableValue<Path> recordedLog, Supplier<RecapViewModel> recaps) {
        this.owner = owner;
        this.recordedLog = Objects.requireNonNull(recordedLog, "recordedLog");
        this.recaps = Objects.requireNonNull(recaps, "recaps");
        recordedLog.addListener((obs, was, log) -> {
            if (log != null) {
                show();
            }
        });
    }

    /** Shows the recap of the session that ended last; nothing before one ended. On the FX thread. */
    void show() {
        Path log = recordedLog.getValue();
        if (log == null) {
            return;
        }
        if (open != null && open.isShowing() && log.equals(openFor)) {
            open.show();
            return;
        }
        RecapViewModel recap = recaps.get();
        open = new RecapWindow(owner, recap);
        openFor = log;
        open.show();
        recap.load(log);
    }
}
