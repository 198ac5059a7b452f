package org.tandem.agent.ui.history;

import java.time.ZoneId;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.tandem.agent.history.OwnSessions;
import org.tandem.agent.history.SessionHistory;
import org.tandem.agent.ui.Texts;
import org.tandem.desktop.ui.OwnerPlacement;

/** The history of past sessions in a window of its own; Esc closes it. */
public final class HistoryWindow {
    /** The least the window may be: what a long line of the journal says still reads whole, wrapped. */
    static final double MIN_WIDTH = 640;
    static final double MIN_HEIGHT = 480;
    /** The size the window opens at. */
    static final double WIDTH = 1000;
    static final double HEIGHT = 680;

    private HistoryWindow() {}

    /**
     * Opens the history of the console's sessions and starts reading them. Call on the FX thread.
     *
     * @param own   the console's sessions: where they are kept, its key, and the ones running now (decision 0050)
     * @param owner the console's window, or null
     * @return the window, already showing
     */
    public static Stage show(OwnSessions own, Window owner) {
        return show(own, owner, null);
    }

    /**
     * As {@link #show(OwnSessions, Window)}, with the session {@code sessionId} opened once it is listed,
     * its row chosen: from the Customer tab's earlier sessions (decision 0048).
     *
     * @param sessionId the session to open; null for none
     */
    public static Stage show(OwnSessions own, Window owner, String sessionId) {
        ExecutorService background = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "session-history");
            thread.setDaemon(true);
            return thread;
        });
        HistoryViewModel model = new HistoryViewModel(new SessionHistory(own), Platform::runLater, background,
                ZoneId.systemDefault());
        Stage stage = new Stage();
        stage.setTitle(Texts.get("history.windowTitle"));
        if (owner != null) {
            stage.initOwner(owner);
        }
        Scene scene = new Scene(new HistoryView(model).root(), WIDTH, HEIGHT);
        // Esc closes History as it closes the console's other windows, once nothing in it used the key.
        scene.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && !event.isConsumed()) {
                event.consume();
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setOnHidden(e -> {
            model.close();
            background.shutdown();
        });
        OwnerPlacement.centreOnOwner(stage);
        stage.show();
        if (sessionId != null) {
            model.openWhenListed(sessionId);
        }
        model.refresh();
        return stage;
    }
}
