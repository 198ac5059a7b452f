package org.tandem.agent.ui;

import javafx.collections.ListChangeListener;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.tandem.agent.session.ActionStatus;
import org.tandem.agent.session.AgentState;

/**
 * Tells the technician what happened while the console was in the background (another window in
 * front): the customer joined, an action finished, a message came, the customer answered the wrap-up.
 * Nothing pops up while the console itself has the focus: the window shows it already.
 */
final class BackgroundNotifier {
    private final Window window;

    private BackgroundNotifier(Window window) {
        this.window = window;
    }

    static void attach(Window window, ConsoleWorkspace workspace) {
        BackgroundNotifier notifier = new BackgroundNotifier(window);
        workspace.console().stateProperty().addListener((obs, was, now) -> {
            if (now == AgentState.CONNECTED) {
                notifier.tell(Texts.get("notify.joinedTitle"), Texts.get("notify.joined"));
            }
        });
        workspace.console().actionRequests().addListener((ListChangeListener<ActionStatus>) change -> {
            while (change.next()) {
                if (change.wasReplaced() || change.wasAdded()) {
                    change.getAddedSubList().stream().filter(status -> status.stage().isFinished()).forEach(status ->
                            notifier.tell(Texts.get("notify.actionTitle"), status.describe()));
                }
            }
        });
        workspace.chat().latestFromCustomerProperty().addListener((obs, was, line) -> {
            if (line != null) {
                notifier.tell(Texts.get("notify.messageTitle"), line.text());
            }
        });
        workspace.wrapUp().answerProperty().addListener((obs, was, answer) -> {
            if (!answer.isEmpty()) {
                notifier.tell(Texts.get("notify.wrapUpTitle"), workspace.wrapUp().statusProperty().get());
            }
        });
    }

    private void tell(String title, String text) {
        if (window.isFocused() || !window.isShowing()) {
            return;
        }
        Notifications.create().owner(window).title(title).text(text.length() > 200 ? text.substring(0, 199) + "…" : text)
                .hideAfter(Duration.seconds(8)).showInformation();
    }
}
