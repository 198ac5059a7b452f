package org.tandem.e2e;

import java.util.Set;
import org.tandem.shared.session.SessionEnding;

/**
 * What a fault is documented to do to a session (docs/reliability.md), for each side. Each fault test
 * states its expected outcome in one line; {@link OutcomeAssertions#assertOutcome} checks it.
 */
sealed interface Outcome {

    /** The session ends on both sides, each with the sentence its person reads. */
    static Outcome ended(String customerReads, String technicianReads) {
        return new Ended(Set.of(customerReads), Set.of(technicianReads));
    }

    /** The session ends on both sides, each reading its own sentence for this ending. */
    static Outcome ended(SessionEnding ending) {
        return ended(ending.toCustomer(), ending.toTechnician());
    }

    /** Both sides notice the loss, then go on with the same session: the screen comes back, control is asked again. */
    static Outcome resumed() {
        return new Resumed();
    }

    /** Neither side notices a loss: the screen keeps coming, control stays. */
    static Outcome keepsWorking() {
        return new KeepsWorking();
    }

    /** Whether the session is over once the fault did its work. */
    default boolean endsSession() {
        return this instanceof Ended;
    }

    record Ended(Set<String> customerReads, Set<String> technicianReads) implements Outcome {
        public Ended {
            customerReads = Set.copyOf(customerReads);
            technicianReads = Set.copyOf(technicianReads);
            if (customerReads.isEmpty() || technicianReads.isEmpty()) {
                throw new IllegalArgumentException("Each side reads a sentence");
            }
        }
    }

    record Resumed() implements Outcome {
    }

    record KeepsWorking() implements Outcome {
    }
}
