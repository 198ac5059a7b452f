package org.tandem.agent.session;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.log.ActionWords;

/**
 * Where one action the technician asked for stands, as the console shows it.
 *
 * @param target the parameters in words, as the recap says them: "called “foo”", "in “/usr/share”"
 * @param percent progress, -1 when not known
 * @param detail the latest line: the prompt the customer sees, a progress line, or the summary
 */
public record ActionStatus(String requestId, String title, String target, Stage stage, int percent, String detail,
        Optional<ActionResult> result) {

    /** The life of an action request. */
    public enum Stage {
        REQUESTED("sent"),
        WAITING_FOR_CONSENT("waiting for the customer's consent"),
        RUNNING("running"),
        DONE("done"),
        FAILED("failed"),
        DENIED("denied by the customer"),
        TIMED_OUT("timed out"),
        CANCELLED("cancelled"),
        UNAVAILABLE("not available on this computer");

        private final String words;

        Stage(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }

        public boolean isFinished() {
            return ordinal() >= DONE.ordinal();
        }

        static Stage of(ActionResult.Outcome outcome) {
            return switch (outcome) {
                case SUCCEEDED -> DONE;
                case FAILED -> FAILED;
                case DENIED -> DENIED;
                case TIMED_OUT -> TIMED_OUT;
                case CANCELLED -> CANCELLED;
                case UNAVAILABLE -> UNAVAILABLE;
            };
        }
    }

    public ActionStatus {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(result, "result");
    }

    /** The parameters in words, as {@link #target()} holds them: "called “foo”"; "" for none. */
    public static String targetWords(Map<String, String> parameters) {
        return ActionWords.target(parameters);
    }

    /**
     * As {@link #targetWords(Map)}, a value the technician picked from a list of the customer's computer named
     * as that list named it ({@code listedAs}): "called “firefox” (process 4377)" (decision 0049).
     */
    public static String targetWords(Map<String, String> parameters, Map<String, String> listedAs) {
        return ActionWords.target(parameters, listedAs);
    }

    /** The same action for the same target as {@code title} and {@code target} name, still under way. */
    public boolean isUnderWay(String title, String target) {
        return !stage.isFinished() && this.title.equals(title) && this.target.equals(target);
    }

    ActionStatus with(Stage next, int progress, String line) {
        return new ActionStatus(requestId, title, target, next, progress, line, result);
    }

    ActionStatus finished(ActionResult finalResult) {
        return new ActionStatus(requestId, title, target, Stage.of(finalResult.outcome()), 100, finalResult.summary(),
                Optional.of(finalResult));
    }

    /** The action and its target in words: "Uninstall a program called “foo”". */
    public String named() {
        return target.isEmpty() ? title : title + " " + target;
    }

    /** One line for a list: "Uninstall a program called “foo” — running 40%: removing…". */
    public String describe() {
        String progress = stage == Stage.RUNNING && percent >= 0 ? " " + percent + "%" : "";
        return named() + " — " + stage.words() + progress + (detail.isEmpty() ? "" : ": " + detail);
    }
}
