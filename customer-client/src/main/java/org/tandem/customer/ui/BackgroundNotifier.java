package org.tandem.customer.ui;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javafx.collections.ListChangeListener;
import org.tandem.customer.consent.ConsentRequest;
import org.tandem.customer.session.ActionEnding;

/**
 * Tells the customer what happened while their Tandem window was in the background (another window
 * in front, or minimised): a message from the technician, a question waiting for their answer, an
 * action that finished, control starting or ending. Nothing is told while the window has the focus,
 * since it shows it already, nor of what the customer did themselves (their own messages, Stop
 * control). One notice is told whatever has the focus: that the technician withdrew a request for
 * control, since the question the customer was reading has just gone away. A notice that no longer
 * holds goes at once: the question once answered, "using your computer" once control ended.
 * Everything here runs on the FX thread.
 */
final class BackgroundNotifier {
    /** Shows one notification at a time (a newer replaces it); clicking it brings the customer's window to the front. */
    interface Notifier {
        void show(String title, String text);

        /** Takes down the notification shown now, if any. */
        void withdraw();
    }

    /** Longer texts are cut: a notification is a nudge, the window holds the whole text. */
    static final int MAX_TEXT = 200;

    private final BooleanSupplier inBackground;
    private final BooleanSupplier windowPutAway;
    private final Notifier notifier;
    /** The question the notification shown now asks, or null when it tells something else or none shows. */
    private ConsentRequest questionShown;
    /** Whether the notification shown now (if one still shows) says a request for control was withdrawn. */
    private boolean withdrawalShown;
    /** Whether the notification shown now (if one still shows) says the technician is using the computer. */
    private boolean controlShown;

    /** @param inBackground whether the customer's window is showing but not focused, or minimised */
    BackgroundNotifier(BooleanSupplier inBackground, Notifier notifier) {
        this(inBackground, () -> false, notifier);
    }

    /**
     * @param windowPutAway whether Tandem minimised the customer's window for control
     *                      ({@link StepAsideForControl}): the notice that control started then says
     *                      where the window went and how to get it back. It is asked after the window
     *                      has stepped aside, so attach this after the session bar.
     */
    BackgroundNotifier(BooleanSupplier inBackground, BooleanSupplier windowPutAway, Notifier notifier) {
        this.inBackground = Objects.requireNonNull(inBackground, "inBackground");
        this.windowPutAway = Objects.requireNonNull(windowPutAway, "windowPutAway");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
    }

    /** Listens to the session as the window shows it. */
    void attach(CustomerViewModel model) {
        Set<String> seen = new HashSet<>();
        model.chat().entries().addListener((ListChangeListener<ChatViewModel.Entry>) change -> {
            for (ChatViewModel.Entry entry : model.chat().entries()) {
                if (seen.add(entry.id()) && !entry.mine()) {
                    tell(Texts.get("notify.message", entry.author()), entry.text());
                }
            }
        });
        model.finishedActions().addListener((ListChangeListener<ActionEnding>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(ending -> tell(Texts.get(titleKey(ending)), ending.text()));
            }
        });
        model.withdrawnRequests().addListener((ListChangeListener<String>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(text -> {
                    questionShown = null; // replaced by this notice
                    controlShown = false;
                    notifier.show(Texts.get("notify.requestWithdrawn"), text);
                    withdrawalShown = true;
                });
            }
        });
        model.control().grantedProperty().addListener((obs, was, granted) -> {
            if (granted) {
                controlShown = tell(Texts.get("notify.controlStarted"),
                        Texts.get(windowPutAway.getAsBoolean() ? "notify.controlStarted.putAway" : "notify.controlStarted.text",
                                Shortcuts.STOP_CONTROL.getDisplayText()));
                return;
            }
            String why = model.control().detailProperty().get();
            boolean told = !model.control().stoppedByCustomer()
                    && tell(Texts.get("notify.controlEnded"), why.isBlank() ? Texts.get("notify.controlEnded.text") : why);
            // "Using your computer" is no longer true: nothing replaced it, so it goes now, not when it times out.
            if (!told && controlShown) {
                controlShown = false;
                notifier.withdraw();
            }
        });
    }

    /**
     * A question is put to the customer (by the consent broker, through the prompt): it waits for their
     * answer. "No need to answer" still on screen would contradict it, so it goes.
     */
    void questionAsked(ConsentRequest request) {
        if (withdrawalShown) {
            withdrawalShown = false;
            notifier.withdraw();
        }
        if (tell(Texts.get("notify.question"), request.question())) {
            questionShown = request;
        }
    }

    /** The question was answered, timed out or withdrawn: a notification still asking it is taken down. */
    void questionClosed(ConsentRequest request) {
        if (questionShown == request) {
            questionShown = null;
            notifier.withdraw();
        }
    }

    /**
     * A notice says what happened: "Finished" only for an action that was done, "Stopped" only for one
     * that ran; one withdrawn before it started did nothing.
     */
    private static String titleKey(ActionEnding ending) {
        return switch (ending.outcome()) {
            case SUCCEEDED -> "notify.actionFinished";
            case FAILED -> "notify.actionFailed";
            case CANCELLED -> ending.started() ? "notify.actionStopped" : "notify.actionNotDone";
            case DENIED, TIMED_OUT, UNAVAILABLE -> "notify.actionNotDone";
        };
    }

    /** @return whether it was shown (only while the window is in the background) */
    private boolean tell(String title, String text) {
        if (!inBackground.getAsBoolean()) {
            return false;
        }
        questionShown = null; // the new notification replaces the one shown
        withdrawalShown = false;
        controlShown = false;
        notifier.show(title, text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT - 1) + "…" : text);
        return true;
    }
}
