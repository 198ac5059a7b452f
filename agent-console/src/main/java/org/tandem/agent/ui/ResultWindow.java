package org.tandem.agent.ui;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.tandem.desktop.ui.OwnerPlacement;

/**
 * The chosen request's result in a window of its own, as large as the technician makes it: the Actions
 * tab shows a few rows of a long list (the running programs, the largest folders) beside the customer's
 * screen. It shows the same result as the tab, and follows it; the search is shared, the order is its own.
 * One window per session's Actions tab; asking again brings it to the front. Esc closes it.
 */
final class ResultWindow {
    static final double WIDTH = 900;
    static final double HEIGHT = 640;
    static final double MIN_WIDTH = 480;
    static final double MIN_HEIGHT = 320;

    private final ResultTableModel result;
    private Stage stage;

    ResultWindow(ResultTableModel result) {
        this.result = result;
    }

    /** Shows the window over {@code owner} (the console's window, or null), or brings it to the front. */
    void show(Window owner) {
        if (stage == null) {
            stage = create(owner);
            OwnerPlacement.centreOnOwner(stage);
        }
        stage.show();
        stage.toFront();
    }

    private Stage create(Window owner) {
        Stage window = new Stage();
        window.setTitle(Texts.get("actions.resultWindowTitle"));
        if (owner != null) {
            window.initOwner(owner);
        }
        javafx.scene.Node view = new ResultTableView(result, null).root();
        javafx.scene.layout.StackPane root = new javafx.scene.layout.StackPane(view);
        root.setId("resultWindow");
        root.setPadding(new javafx.geometry.Insets(8));
        Scene scene = new Scene(root, WIDTH, HEIGHT);
        scene.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && !event.isConsumed()) {
                event.consume();
                window.close();
            }
        });
        window.setScene(scene);
        window.setMinWidth(MIN_WIDTH);
        window.setMinHeight(MIN_HEIGHT);
        return window;
    }
}
