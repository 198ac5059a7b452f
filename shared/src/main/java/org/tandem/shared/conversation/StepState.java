package org.tandem.shared.conversation;

/** Where one step of the plan stands, in the words both sides show. */
public enum StepState {
    PLANNED("planned"),
    IN_PROGRESS("in progress"),
    DONE("done"),
    SKIPPED("skipped"),
    /** The technician waits for the customer's OK before doing this step. */
    NEEDS_OK("needs your OK");

    private final String words;

    StepState(String words) {
        this.words = words;
    }

    /** The state as the plan shows it: "planned", "in progress", "done", "skipped", "needs your OK". */
    public String words() {
        return words;
    }

    /** The state from its words, as the session log keeps them; PLANNED for words it does not know. */
    public static StepState fromWords(String words) {
        for (StepState state : values()) {
            if (state.words.equals(words) || state.name().equals(words)) {
                return state;
            }
        }
        return PLANNED;
    }
}
