package org.tandem.agent.ui.wrapup;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.tandem.agent.conversation.AgentConversation;
import org.tandem.agent.ui.ConversationAccess;
import org.tandem.agent.ui.Texts;
import org.tandem.shared.message.ControlMessage;

/**
 * Ending well: the technician asks "Is everything working now?", sees the answer, then the rating
 * and a follow-up request when the customer sends them.
 */
public final class WrapUpViewModel {
    /** Where the wrap-up stands. */
    public enum Stage { NOT_ASKED, ASKED, ANSWERED }

    private final Executor fx;
    private final Executor send;
    private final ConversationAccess access;
    private final ReadOnlyBooleanWrapper asked = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper answer = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper stars = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper comment = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper followUp = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(Texts.get("wrapup.notAsked"));

    public WrapUpViewModel(Executor fx, Executor send, ConversationAccess access) {
        this.fx = Objects.requireNonNull(fx, "fx");
        this.send = Objects.requireNonNull(send, "send");
        this.access = Objects.requireNonNull(access, "access");
    }

    /** Asks the customer "Is everything working now?"; false when no customer is connected. */
    public boolean ask() {
        Optional<AgentConversation> conversation = access.conversation();
        if (conversation.isEmpty()) {
            status.set(Texts.get("wrapup.noCustomer"));
            return false;
        }
        asked.set(true);
        answer.set("");
        status.set(Texts.get("wrapup.asked"));
        send.execute(() -> {
            if (!conversation.get().askWorking()) {
                fx.execute(() -> {
                    asked.set(false);
                    status.set(Texts.get("wrapup.notRecorded"));
                });
            }
        });
        return true;
    }

    /** True once the question went out, until a new session. */
    public ReadOnlyBooleanProperty askedProperty() {
        return asked.getReadOnlyProperty();
    }

    /** "yes", "no", "no answer", "not answered", or "" while there is none. */
    public ReadOnlyStringProperty answerProperty() {
        return answer.getReadOnlyProperty();
    }

    /** 1 to 5, 0 while not rated. */
    public ReadOnlyIntegerProperty starsProperty() {
        return stars.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty commentProperty() {
        return comment.getReadOnlyProperty();
    }

    /** The follow-up the customer asked for, in words; "" for none. */
    public ReadOnlyStringProperty followUpProperty() {
        return followUp.getReadOnlyProperty();
    }

    /** Where the wrap-up stands, in a sentence. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public void clear() {
        asked.set(false);
        answer.set("");
        stars.set(0);
        comment.set("");
        followUp.set("");
        status.set(Texts.get("wrapup.notAsked"));
    }

    /** How "Is everything working now?" ended; a question the customer's side closed shows why. */
    public void workingAnswered(ControlMessage.WorkingAnswer given) {
        fx.execute(() -> {
            // The status first: whoever hears the answer (a notification) reads it.
            status.set(switch (given.answer()) {
                case "yes" -> Texts.get("wrapup.answer.yes");
                case "no" -> Texts.get("wrapup.answer.no");
                case ControlMessage.WorkingAnswer.NOT_ANSWERED -> Texts.format("wrapup.answer.notAnswered", given.reason());
                default -> Texts.get("wrapup.answer.none");
            });
            answer.set(given.answer());
        });
    }

    /**
     * Whether the customer has answered "Is everything working now?" and sent nothing of "Before you go"
     * since: they may still be rating the session or writing a comment, which ending now loses.
     */
    public boolean customerMayStillBeWriting() {
        return !answer.get().isEmpty() && stars.get() == 0 && comment.get().isEmpty() && followUp.get().isEmpty();
    }

    public void rated(int given, String text) {
        fx.execute(() -> {
            stars.set(given);
            comment.set(text == null ? "" : text);
        });
    }

    public void followUpRequested(String when, String note) {
        fx.execute(() -> followUp.set(note == null || note.isBlank() ? Texts.format("wrapup.followUp", when)
                : Texts.format("wrapup.followUpWithNote", when, note)));
    }

    /** The rating as stars, e.g. "★★★★☆ 4 of 5"; "" while not rated. */
    public static String starsInWords(int given) {
        if (given < 1) {
            return "";
        }
        return "★".repeat(given) + "☆".repeat(5 - given) + " " + Texts.format("wrapup.starsOf", given);
    }
}
