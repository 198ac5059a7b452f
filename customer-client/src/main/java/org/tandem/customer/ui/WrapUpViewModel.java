package org.tandem.customer.ui;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.LoggerFactory;
import org.tandem.customer.conversation.CustomerConversation;

/**
 * "Before you go": after the customer answered "Is everything working now?", an optional rating of
 * 1 to 5 with a comment, an optional request to be contacted again, and Finish (which sends them and
 * ends the session) or Keep going. Sending and ending run on the worker.
 */
final class WrapUpViewModel {
    static final int MAX_COMMENT = 1000;
    static final int MAX_WHEN = 200;
    static final int MAX_NOTE = 1000;

    private final Executor fx;
    private final Executor worker;
    private final Supplier<Optional<CustomerConversation>> conversation;
    private final Runnable endSession;
    private final ReadOnlyBooleanWrapper offered = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper answer = new ReadOnlyStringWrapper("");
    private final IntegerProperty stars = new SimpleIntegerProperty(0);
    private final StringProperty comment = new SimpleStringProperty("");
    private final BooleanProperty followUp = new SimpleBooleanProperty();
    private final StringProperty followUpWhen = new SimpleStringProperty("");
    private final StringProperty followUpNote = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper finishing = new ReadOnlyBooleanWrapper();
    /** The customer pressed Finish with "contact me again" ticked and no time: only then is a time asked for. */
    private final ReadOnlyBooleanWrapper timeAskedFor = new ReadOnlyBooleanWrapper();
    private final BooleanBinding canFinish;

    WrapUpViewModel(Executor fx, Executor worker, Supplier<Optional<CustomerConversation>> conversation,
            Runnable endSession) {
        this.fx = Objects.requireNonNull(fx, "fx");
        this.worker = Objects.requireNonNull(worker, "worker");
        this.conversation = Objects.requireNonNull(conversation, "conversation");
        this.endSession = Objects.requireNonNull(endSession, "endSession");
        // A time not given yet keeps nobody from pressing Finish: pressing it is when the customer is asked for one.
        canFinish = Bindings.createBooleanBinding(() -> !finishing.get() && tooLong().isEmpty(),
                finishing, comment, followUp, followUpWhen, followUpNote);
        for (var field : new javafx.beans.Observable[] {comment, followUp, followUpWhen, followUpNote, timeAskedFor}) {
            field.addListener(observable -> problem.set(problemWith()));
        }
    }

    /** The customer answered "Is everything working now?" ({@code yes}, {@code no}, {@code no answer}). */
    void offer(String given) {
        answer.set(switch (given) {
            case "yes" -> Texts.get("wrapUp.answer.yes");
            case "no" -> Texts.get("wrapUp.answer.no");
            default -> Texts.get("wrapUp.answer.none");
        });
        if (!"yes".equals(given)) {
            followUp.set(true); // not solved: being contacted again is the likely wish; the customer may untick it
        }
        finishing.set(false);
        timeAskedFor.set(false);
        problem.set(problemWith());
        offered.set(true);
    }

    /** Back to the session; the panel can be offered again by the next question. */
    void keepGoing() {
        offered.set(false);
    }

    /**
     * Sends the rating and the follow-up request, when given, then ends the session. A request to be
     * contacted without a time sends nothing: the customer is asked for the time, or to untick it.
     */
    void finish() {
        if (!canFinish.get()) {
            return;
        }
        if (needsTime()) {
            timeAskedFor.set(true);
            return;
        }
        int rating = stars.get();
        String words = comment.get().strip();
        boolean wantsFollowUp = followUp.get();
        String when = followUpWhen.get().strip();
        String note = followUpNote.get().strip();
        finishing.set(true);
        problem.set("");
        worker.execute(() -> {
            boolean sent = true;
            try {
                Optional<CustomerConversation> talk = conversation.get();
                if (rating >= 1) {
                    sent = talk.map(c -> c.rate(rating, words)).orElse(false);
                }
                if (sent && wantsFollowUp) {
                    sent = talk.map(c -> c.followUp(when, note)).orElse(false);
                }
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(WrapUpViewModel.class).warn("Could not send the wrap-up", e);
                sent = false;
            }
            if (!sent) {
                fx.execute(() -> {
                    finishing.set(false);
                    problem.set(Texts.get("wrapUp.notSent"));
                });
                return;
            }
            endSession.run();
            fx.execute(() -> offered.set(false));
        });
    }

    /** Forgets the last session's answers. */
    void clear() {
        offered.set(false);
        answer.set("");
        stars.set(0);
        comment.set("");
        followUp.set(false);
        followUpWhen.set("");
        followUpNote.set("");
        problem.set("");
        finishing.set(false);
        timeAskedFor.set(false);
    }

    /** What to say under the fields: something too long at once, a missing time once Finish was pressed without one. */
    private String problemWith() {
        String tooLong = tooLong();
        return tooLong.isEmpty() && timeAskedFor.get() && needsTime() ? Texts.get("wrapUp.needWhen") : tooLong;
    }

    private boolean needsTime() {
        return followUp.get() && followUpWhen.get().isBlank();
    }

    /** What the customer wrote that is too long to send, as they type it; "" for nothing. */
    private String tooLong() {
        if (comment.get().length() > MAX_COMMENT) {
            return Texts.get("wrapUp.tooLong.comment", MAX_COMMENT);
        }
        if (followUpWhen.get().length() > MAX_WHEN || followUpWhen.get().chars().anyMatch(Character::isISOControl)) {
            return Texts.get("wrapUp.tooLong.when", MAX_WHEN);
        }
        if (followUpNote.get().length() > MAX_NOTE) {
            return Texts.get("wrapUp.tooLong.note", MAX_NOTE);
        }
        return "";
    }

    ReadOnlyBooleanProperty offeredProperty() {
        return offered.getReadOnlyProperty();
    }

    /** The customer's answer to "Is everything working now?", in a sentence. */
    ReadOnlyStringProperty answerProperty() {
        return answer.getReadOnlyProperty();
    }

    /** 0 for no rating, else 1 to 5. */
    IntegerProperty starsProperty() {
        return stars;
    }

    StringProperty commentProperty() {
        return comment;
    }

    BooleanProperty followUpProperty() {
        return followUp;
    }

    /** When the customer would like to be contacted, in their words: "tomorrow morning". */
    StringProperty followUpWhenProperty() {
        return followUpWhen;
    }

    StringProperty followUpNoteProperty() {
        return followUpNote;
    }

    /** What keeps Finish from going ahead, or why it did not; empty when nothing. */
    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    BooleanBinding canFinishProperty() {
        return canFinish;
    }

    /** True once Finish was pressed with "contact me again" ticked and no time, until the next offer. */
    ReadOnlyBooleanProperty timeAskedForProperty() {
        return timeAskedFor.getReadOnlyProperty();
    }
}
