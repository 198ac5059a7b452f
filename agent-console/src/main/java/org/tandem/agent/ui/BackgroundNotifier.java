package org.tandem.agent.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.tandem.agent.session.ActionStatus;
import org.tandem.agent.session.AgentState;
import org.tandem.desktop.ui.NoticePopup;
import org.tandem.shared.conversation.ChatLine;

/**
 * Tells the technician what happened out of sight (another window in front, or another customer's
 * tab): the customer joined, an action finished, a message came, the customer answered the wrap-up.
 * Nothing pops up while the session is in front in the focused console: it shows it already. The
 * notice appears and goes without a fade: an animation would keep the console drawing while it ran.
 * The window's customers share one notice place; a newer notice takes the place of an older one.
 * Each notice names its customer as their tab does, so that with several tabs open the technician
 * knows which: by the name or ticket typed, else "Customer 2", else their computer's name once known.
 */
final class BackgroundNotifier {
    private final Window window;
    private final ConsoleWorkspace workspace;
    private final ObservableStringValue customer;
    private final Runnable bringToFront;
    private final Runnable showChat;

    private BackgroundNotifier(Window window, ConsoleWorkspace workspace, ObservableStringValue customer,
            Runnable bringToFront, Runnable showChat) {
        this.window = window;
        this.workspace = workspace;
        this.customer = customer;
        this.bringToFront = bringToFront;
        this.showChat = showChat;
    }

    /**
     * Starts telling; the returned action stops it (the session's tab was closed).
     *
     * @param customer     the customer as the technician sees them, their tab's title; "" for none
     * @param bringToFront shows this session in front in its window: clicking a notification does it
     * @param showChat     opens this session's chat: clicking a message's notification does it too
     */
    static Runnable attach(Window window, ConsoleWorkspace workspace, ObservableStringValue customer,
            Runnable bringToFront, Runnable showChat) {
        BackgroundNotifier notifier = new BackgroundNotifier(window, workspace, customer, bringToFront, showChat);
        ChangeListener<AgentState> joined = (obs, was, now) -> {
            // Joined once: not again when sharing stops or a lost connection is resumed.
            if (now == AgentState.CONNECTED && was == AgentState.WAITING_FOR_CUSTOMER) {
                notifier.tell(Texts.get("notify.joinedTitle"), Texts.get("notify.joined"));
            }
        };
        ListChangeListener<ActionStatus> finished = change -> {
            while (change.next()) {
                if (change.wasReplaced() || change.wasAdded()) {
                    change.getAddedSubList().stream().filter(status -> status.stage().isFinished()).forEach(status ->
                            notifier.tell(Texts.get("notify.actionTitle"), status.describe()));
                }
            }
        };
        ChangeListener<ChatLine> message = (obs, was, line) -> {
            if (line != null) {
                notifier.tell(Texts.get("notify.messageTitle"), line.text(), notifier.showChat);
            }
        };
        ChangeListener<String> answered = (obs, was, answer) -> {
            if (!answer.isEmpty()) {
                notifier.tell(Texts.get("notify.wrapUpTitle"), workspace.wrapUp().statusProperty().get());
            }
        };
        workspace.console().stateProperty().addListener(joined);
        workspace.console().actions().requests().addListener(finished);
        workspace.chat().latestFromCustomerProperty().addListener(message);
        workspace.wrapUp().answerProperty().addListener(answered);
        return () -> {
            workspace.console().stateProperty().removeListener(joined);
            workspace.console().actions().requests().removeListener(finished);
            workspace.chat().latestFromCustomerProperty().removeListener(message);
            workspace.wrapUp().answerProperty().removeListener(answered);
        };
    }

    private void tell(String title, String text) {
        tell(title, text, () -> { });
    }

    /** @param andThen what else a click on the notification shows, once the session is in front */
    private void tell(String title, String text, Runnable andThen) {
        boolean inSight = window.isFocused() && workspace.console().frontProperty().get();
        if (inSight || !window.isShowing()) {
            return;
        }
        String named = customer.get();
        if (named != null && !named.isEmpty()) {
            title = Texts.format("notify.from", title, named);
        }
        if (!(window instanceof Stage stage)) {
            return;
        }
        notices(stage).show(title, text.length() > 200 ? text.substring(0, 199) + "…" : text, () -> {
            bringToFront.run();
            andThen.run();
        });
    }

    /** The window's one place for notices, made when first needed. */
    private static NoticePopup notices(Stage stage) {
        return (NoticePopup) stage.getProperties().computeIfAbsent(NoticePopup.class, key -> new NoticePopup(stage,
                () -> { }, (delay, task) -> CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS)
                        .execute(() -> Platform.runLater(task)), RestingCaret::applyTo));
    }
}
