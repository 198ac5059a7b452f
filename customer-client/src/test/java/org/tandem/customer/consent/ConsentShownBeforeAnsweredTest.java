package org.tandem.customer.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tandem.customer.action.RecordingJournal;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.log.JournalEvent.Answer;

/**
 * The technician hears that the customer is asked before they hear the answer's effect (the action
 * starting): whatever the worker the broker is given, the question is told as shown before its answer is
 * settled. With a worker of many threads the answer of a prompt answered at once used to be settled
 * first, and the console, told of the start before the question, recorded no yes.
 */
class ConsentShownBeforeAnsweredTest {
    private static final IdentityVerdict DANA = new IdentityVerdict.Verified("Dana Scully", "Contoso Support");

    private final ExecutorService workers = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        workers.shutdownNow();
    }

    @Test
    void aQuestionAnsweredAtOnceIsToldShownBeforeItsAnswerOnAWorkerOfManyThreads() throws Exception {
        ConsentPrompt answersAtOnce = request -> CompletableFuture.completedFuture(true);
        ConsentBroker broker = new ConsentBroker(new RecordingJournal(), answersAtOnce, () -> () -> { }, workers,
                waiting -> { });
        List<String> heard = new CopyOnWriteArrayList<>();
        CountDownLatch telling = new CountDownLatch(1);
        CompletableFuture<Answer> answer = broker.ask(
                ConsentRequest.forAction(DANA, Duration.ofSeconds(60), "Find what fills the disk", "Nothing changes.", "r1"),
                () -> true, () -> {
                    telling.countDown();
                    try {
                        Thread.sleep(200); // the message saying so is slow to leave: the answer must wait for it
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    heard.add("asked");
                });
        CompletableFuture<Void> started = answer.thenRun(() -> heard.add("answered"));

        started.get(10, TimeUnit.SECONDS);
        assertEquals(Answer.GRANTED, answer.join());
        assertEquals(0, telling.getCount(), "the question was told as shown");
        assertEquals(List.of("asked", "answered"), heard);
    }
}
