package org.tandem.agent.ui;

import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.tandem.agent.session.AgentState;

/**
 * Asks before the console window closes with a customer connected, and on Yes ends the session
 * first, so both logs close with their checkpoints exchanged before the console goes.
 */
final class CloseConfirmation {
    /** Longer than the session waits for the customer's receipt; the window closes then regardless. */
    static final Duration MOST_WAIT_FOR_THE_END = Duration.seconds(8);

    private CloseConfirmation() {}

    static void install(Stage stage, ConsoleViewModel model) {
        stage.setOnCloseRequest(event -> {
            if (!model.customerConnected()) {
                return;
            }
            event.consume();
            if (EndSessionConfirmation.confirm(stage, model)) {
                closeOnceEnded(stage, model);
            }
        });
    }

    private static void closeOnceEnded(Stage stage, ConsoleViewModel model) {
        PauseTransition giveUp = new PauseTransition(MOST_WAIT_FOR_THE_END);
        ChangeListener<AgentState> onEnd = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends AgentState> obs, AgentState was,
                    AgentState now) {
                if (now == AgentState.ENDED) {
                    model.stateProperty().removeListener(this);
                    giveUp.stop();
                    stage.close();
                }
            }
        };
        giveUp.setOnFinished(e -> {
            model.stateProperty().removeListener(onEnd);
            stage.close();
        });
        model.stateProperty().addListener(onEnd);
        giveUp.play();
        model.endSessionBecauseClosed();
        if (model.stateProperty().get() == AgentState.ENDED) {
            onEnd.changed(model.stateProperty(), AgentState.ENDED, AgentState.ENDED);
        }
    }
}
