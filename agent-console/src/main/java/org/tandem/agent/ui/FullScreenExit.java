package org.tandem.agent.ui;

import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/**
 * No key takes the console out of full screen behind the technician's back. In control every key but
 * the one that gives control back goes to the customer's computer, Esc included; and JavaFX reads the
 * key that leaves full screen only when the window enters it, so a key that changed with control would
 * still leave full screen when control was taken later. The console therefore leaves full screen by
 * its own F11 shortcut (which, in control, goes to the customer like every other key) and by the
 * Full screen button, which says so while it is on.
 */
final class FullScreenExit {
    private FullScreenExit() {}

    static void setUp(Stage stage) {
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
    }
}
