package org.tandem.customer.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.tandem.customer.action.RecordingJournal;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.log.JournalEvent.Answer;

/**
 * The technician hears that the customer is asked before they hear the answer's effect (the action
 * starting): whatever the worker the broker is given, the question is told as shown before its answer is
 * settled. A worker of many threads may run what it is handed in any order; with one, the answer of a
 * prompt answered at once used to be settled first, and the console, told of the start before the
 * question, recorded no yes.
 */
class ConsentShownBeforeAnsweredTest {
    private static final IdentityVerdict DANA = new IdentityVerdict.Verified("Dana Scully", "Contoso Support");

    /** A worker that runs what it was handed last first, as a pool of threads may: in the test's own time. */
    private final Deque<Runnable> handed = new ArrayDeque<>();
    private final Executor lastFirst = handed::push;

    @Test
    void aQuestionAnsweredAtOnceIsToldShownBeforeItsAnswerWhateverOrderTheWorkerRunsThingsIn() {
        ConsentPrompt answersAtOnce = request -> CompletableFuture.completedFuture(true);
        ConsentBroker broker = new ConsentBroker(new RecordingJournal(), answersAtOnce, () -> () -> { }, lastFirst,
                waiting -> { });
        List<String> heard = new ArrayList<>();
        CompletableFuture<Answer> answer = broker.ask(
                ConsentRequest.forAction(DANA, Duration.ofSeconds(60), "Find what fills the disk", "Nothing changes.", "r1"),
                () -> true, () -> heard.add("asked"));
        answer.thenRun(() -> heard.add("answered"));

        while (!handed.isEmpty()) {
            handed.pop().run();
        }
        assertEquals(Answer.GRANTED, answer.join());
        assertEquals(List.of("asked", "answered"), heard);
    }
}
