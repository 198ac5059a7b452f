package org.tandem.agent.ui;

import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Asks before the console window closes with a customer connected in any tab, and on Yes ends every
 * session first, so all their logs close with their checkpoints exchanged before the console goes.
 */
final class CloseConfirmation {
    /** Longer than a session waits for the customer's receipt; the window closes then regardless. */
    static final Duration MOST_WAIT_FOR_THE_END = Duration.seconds(8);
    private static final Duration CHECK_EVERY = Duration.millis(100);

    private CloseConfirmation() {}

    static void install(Stage stage, SessionsViewModel sessions) {
        stage.setOnCloseRequest(event -> {
            List<SessionTabViewModel> connected = sessions.needingConfirmation();
            if (connected.isEmpty() && sessions.allEnded()) {
                return;
            }
            event.consume();
            if (connected.isEmpty() || confirm(stage, connected)) {
                closeOnceEnded(stage, sessions);
            }
        });
    }

    private static boolean confirm(Stage stage, List<SessionTabViewModel> connected) {
        if (connected.size() == 1) {
            return EndSessionConfirmation.confirm(stage, connected.get(0));
        }
        List<String> names = connected.stream().map(tab -> tab.titleProperty().get()).toList();
        String all = String.join(", ", names.subList(0, names.size() - 1)) + " " + Texts.get("sessions.and") + " "
                + names.get(names.size() - 1);
        return EndSessionConfirmation.confirm(stage, Texts.format("sessions.endAllQuestion", all),
                Texts.get("sessions.endAllConsequences"));
    }

    /** Ends every session and closes the window once all have ended, or after the longest wait. */
    private static void closeOnceEnded(Stage stage, SessionsViewModel sessions) {
        sessions.endAll();
        Timeline watch = new Timeline();
        long giveUpAt = System.nanoTime() + (long) (MOST_WAIT_FOR_THE_END.toMillis() * 1_000_000);
        watch.getKeyFrames().add(new KeyFrame(CHECK_EVERY, e -> {
            if (sessions.allEnded() || System.nanoTime() > giveUpAt) {
                watch.stop();
                stage.close();
            }
        }));
        watch.setCycleCount(Timeline.INDEFINITE);
        if (sessions.allEnded()) {
            stage.close();
        } else {
            watch.play();
        }
    }
}
