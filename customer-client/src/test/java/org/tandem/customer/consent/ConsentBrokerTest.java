package org.tandem.customer.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.tandem.customer.action.RecordingJournal;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.log.JournalEvent.Answer;
import org.tandem.shared.log.LogEventTypes;

class ConsentBrokerTest {
    private static final IdentityVerdict DANA = new IdentityVerdict.Verified("Dana Scully", "Contoso Support");
    private static final Duration MINUTE = Duration.ofSeconds(60);

    private final RecordingJournal journal = new RecordingJournal();
    private final List<ConsentRequest> shown = new ArrayList<>();
    private final List<CompletableFuture<Boolean>> prompts = new ArrayList<>();
    private final List<Integer> waiting = new ArrayList<>();
    private final AtomicInteger holds = new AtomicInteger();

    private final ConsentPrompt prompt = new ConsentPrompt() {
        @Override
        public CompletableFuture<Boolean> ask(ConsentRequest request) {
            shown.add(request);
            CompletableFuture<Boolean> answer = new CompletableFuture<>();
            prompts.add(answer);
            return answer;
        }
    };

    private final ConsentBroker broker = new ConsentBroker(journal, prompt, () -> {
        holds.incrementAndGet();
        return holds::decrementAndGet;
    }, Runnable::run, waiting::add);

    private static ConsentRequest action(String id) {
        return ConsentRequest.forAction(DANA, MINUTE, "Uninstall “foo " + id + "”", "It goes away.", id);
    }

    @Test
    void showsOneQuestionAtATimeAndSaysHowManyWait() {
        CompletableFuture<Answer> first = broker.ask(action("a"));
        CompletableFuture<Answer> second = broker.ask(action("b"));
        CompletableFuture<Answer> third = broker.ask(action("c"));

        assertEquals(1, shown.size(), "only one prompt may be on screen");
        assertEquals(2, broker.waitingCount());
        assertEquals(2, waiting.get(waiting.size() - 1));
        assertEquals(1, holds.get(), "remote input is held while a prompt is open");

        prompts.get(0).complete(true);
        assertEquals(Answer.GRANTED, first.join());
        assertEquals(2, shown.size(), "the next question comes once the first is answered");
        assertEquals("b", shown.get(1).subject());
        assertEquals(1, waiting.get(waiting.size() - 1));
        prompts.get(1).complete(false);
        prompts.get(2).complete(true);
        assertEquals(Answer.DENIED, second.join());
        assertEquals(Answer.GRANTED, third.join());
        assertEquals(0, holds.get(), "input flows again once no prompt is open");
        assertEquals(0, waiting.get(waiting.size() - 1));
    }

    @Test
    void aWaitingQuestionIsToldShownOnlyWhenItsPromptOpens() {
        List<String> told = new ArrayList<>();
        CompletableFuture<Answer> first = broker.ask(action("a"), () -> true, () -> told.add("a"));
        broker.ask(action("b"), () -> true, () -> told.add("b"));
        assertEquals(List.of("a"), told, "a question still waiting was told as shown");

        prompts.get(0).complete(false);
        assertEquals(Answer.DENIED, first.join());
        assertEquals(List.of("a", "b"), told);
        assertEquals(2, shown.size());
    }

    @Test
    void aWaitingQuestionSettledUnseenIsNeverToldShown() {
        List<String> told = new ArrayList<>();
        broker.ask(action("a"), () -> true, () -> told.add("a"));
        CompletableFuture<Answer> queued = broker.ask(action("b"), () -> true, () -> told.add("b"));
        broker.settleAll(SettledBecause.SHARING_STOPPED, "You stopped sharing your screen.");
        assertEquals(SettledBecause.SHARING_STOPPED, settled(queued).because());
        assertEquals(List.of("a"), told);
    }

    @Test
    void theAnswerIsRecordedBeforeTheAskerHearsIt() {
        List<String> seenWhenAnswered = new ArrayList<>();
        broker.ask(action("a")).thenAccept(answer -> seenWhenAnswered.addAll(journal.order()));
        prompts.get(0).complete(true);
        assertEquals(List.of(LogEventTypes.CONSENT_ASKED, LogEventTypes.CONSENT_GRANTED), seenWhenAnswered);
        assertEquals("uninstall “foo a”", journal.last(LogEventTypes.CONSENT_GRANTED).details().get("for"));
        assertEquals("customer", journal.last(LogEventTypes.CONSENT_GRANTED).actor());
    }

    /** How a question the broker answered for the customer failed: never a plain {@link Answer#DENIED}. */
    private static QuestionSettledException settled(CompletableFuture<Answer> asked) {
        ExecutionException failed = assertThrows(ExecutionException.class, () -> asked.get(5, TimeUnit.SECONDS),
                "a no the customer did not give was their answer");
        return assertInstanceOf(QuestionSettledException.class, failed.getCause());
    }

    @Test
    void onlyTheCustomersNoIsDenied() {
        CompletableFuture<Answer> answer = broker.ask(action("a"));
        prompts.get(0).complete(false);
        assertEquals(Answer.DENIED, answer.join());
        assertEquals("customer", journal.last(LogEventTypes.CONSENT_DENIED).actor());
    }

    @Test
    void settlingAnswersTheOpenAndEveryWaitingQuestionNoOnTheRecord() {
        CompletableFuture<Answer> open = broker.ask(action("a"));
        CompletableFuture<Answer> queued = broker.ask(action("b"));

        broker.settleAll(SettledBecause.SHARING_STOPPED, "You stopped sharing your screen.");

        assertEquals(SettledBecause.SHARING_STOPPED, settled(open).because());
        assertEquals("You stopped sharing your screen.", settled(open).getMessage());
        assertEquals(SettledBecause.SHARING_STOPPED, settled(queued).because());
        assertTrue(prompts.get(0).isDone(), "the open prompt is closed");
        assertEquals(1, shown.size(), "a settled question is never shown");
        assertEquals(List.of(LogEventTypes.CONSENT_ASKED, LogEventTypes.CONSENT_ASKED, LogEventTypes.CONSENT_DENIED,
                LogEventTypes.CONSENT_DENIED), journal.order());
        assertEquals("You stopped sharing your screen.", journal.last(LogEventTypes.CONSENT_DENIED).details().get("reason"));
        assertEquals("system", journal.last(LogEventTypes.CONSENT_DENIED).actor());
        assertEquals(0, holds.get());
    }

    @Test
    void aLateAnswerToASettledQuestionDoesNothing() {
        CompletableFuture<Answer> open = broker.ask(action("a"));
        broker.settleAll(SettledBecause.SESSION_ENDED, "The session ended.");
        assertFalse(prompts.get(0).complete(true), "the prompt's answer was already settled");
        assertEquals(SettledBecause.SESSION_ENDED, settled(open).because());
        assertFalse(journal.order().contains(LogEventTypes.CONSENT_GRANTED));
    }

    @Test
    void aYesIsANoWhenItsStateNoLongerHolds() {
        AtomicBoolean sharing = new AtomicBoolean(true);
        CompletableFuture<Answer> control = broker.ask(new ConsentRequest(ConsentRequest.Kind.CONTROL, DANA, MINUTE),
                sharing::get);
        sharing.set(false);
        prompts.get(0).complete(true);
        assertEquals(SettledBecause.STATE_CHANGED, settled(control).because());
        assertFalse(journal.order().contains(LogEventTypes.CONSENT_GRANTED));
        assertEquals(List.of(LogEventTypes.CONSENT_ASKED, LogEventTypes.CONSENT_DENIED), journal.order(),
                "one question, one ending");
        assertEquals("system", journal.last(LogEventTypes.CONSENT_DENIED).actor(), "the customer said yes");
        assertEquals("Things changed while the question was open, so the answer was not used.",
                journal.last(LogEventTypes.CONSENT_DENIED).details().get("reason"));
    }

    @Test
    void aYesToAPlanStepThatMovedOnIsTandemsNoNotTheCustomers() {
        AtomicBoolean waits = new AtomicBoolean(true);
        CompletableFuture<Answer> step = broker.ask(ConsentRequest.forPlanStep(DANA, MINUTE, "Restart the printer",
                "It comes back in a minute.", "s1"), waits::get);
        waits.set(false);

        prompts.get(0).complete(true);

        assertEquals(SettledBecause.STATE_CHANGED, settled(step).because());
        assertEquals("system", journal.last(LogEventTypes.CONSENT_DENIED).actor());
    }

    @Test
    void aYesToStartingTheSessionAfterItMovedOnIsTandemsNoNotTheCustomers() {
        AtomicBoolean asking = new AtomicBoolean(true);
        CompletableFuture<Answer> start = broker.ask(new ConsentRequest(ConsentRequest.Kind.SESSION, DANA, MINUTE),
                asking::get);
        asking.set(false);

        prompts.get(0).complete(true);

        assertEquals(SettledBecause.STATE_CHANGED, settled(start).because());
        assertEquals("system", journal.last(LogEventTypes.CONSENT_DENIED).actor());
    }

    @Test
    void afterCloseEveryQuestionIsNoAtOnceAndNeverShown() {
        broker.close();
        assertEquals(SettledBecause.SESSION_ENDED, settled(broker.ask(action("late"))).because());
        assertTrue(shown.isEmpty());
    }

    @Test
    void noAnswerInTimeIsRecordedAsTimedOut() throws Exception {
        CompletableFuture<Answer> answer = broker.ask(new ConsentRequest(ConsentRequest.Kind.CONTROL, DANA,
                Duration.ofMillis(100)));
        assertEquals(Answer.TIMED_OUT, answer.get(5, TimeUnit.SECONDS));
        assertTrue(journal.order().contains(LogEventTypes.CONSENT_TIMED_OUT));
        assertTrue(prompts.get(0).isDone(), "the prompt closes by itself");
    }

    @Test
    void aYesThatCannotBeRecordedIsNotAYes() {
        journal.failOn(LogEventTypes.CONSENT_GRANTED);
        CompletableFuture<Answer> answer = broker.ask(action("a"));
        prompts.get(0).complete(true);
        ExecutionException failed = assertThrows(ExecutionException.class, answer::get);
        assertInstanceOf(ConsentUnavailableException.class, failed.getCause());
    }

    @Test
    void aQuestionThatCannotBeRecordedAsAskedIsNotTheCustomersNo() {
        journal.failOn(LogEventTypes.CONSENT_ASKED);
        CompletableFuture<Answer> answer = broker.ask(action("a"));
        ExecutionException failed = assertThrows(ExecutionException.class, answer::get);
        assertInstanceOf(ConsentUnavailableException.class, failed.getCause());
        assertTrue(shown.isEmpty(), "an unrecorded question was shown");
    }

    @Test
    void cancellingAQuestionClosesItsPromptAndRecordsANoThatIsNoWithdrawal() {
        CompletableFuture<Answer> answer = broker.ask(action("a"));
        answer.cancel(false);
        assertTrue(prompts.get(0).isDone());
        assertEquals("The request ended before the customer answered.",
                journal.last(LogEventTypes.CONSENT_DENIED).details().get("reason"));
        assertEquals("system", journal.last(LogEventTypes.CONSENT_DENIED).actor());
        assertEquals(0, holds.get());
    }

    @Test
    void anAskerThatKnowsWhyItNoLongerAsksSaysSo() {
        CompletableFuture<Answer> open = broker.ask(action("a"));
        CompletableFuture<Answer> queued = broker.ask(action("b"));

        assertTrue(broker.settle(queued, SettledBecause.SESSION_ENDED, ConsentBroker.SESSION_ENDED));
        assertTrue(broker.settle(open, SettledBecause.SESSION_ENDED, ConsentBroker.SESSION_ENDED));

        assertEquals(SettledBecause.SESSION_ENDED, settled(open).because());
        assertEquals(SettledBecause.SESSION_ENDED, settled(queued).because());
        assertEquals(1, shown.size(), "the waiting question was shown");
        assertEquals(List.of(LogEventTypes.CONSENT_ASKED, LogEventTypes.CONSENT_ASKED, LogEventTypes.CONSENT_DENIED,
                LogEventTypes.CONSENT_DENIED), journal.order());
        assertEquals("The session ended before the customer answered.",
                journal.last(LogEventTypes.CONSENT_DENIED).details().get("reason"));
        assertFalse(prompts.get(0).complete(true), "the prompt was left open");
        assertFalse(broker.settle(open, SettledBecause.SESSION_ENDED, ConsentBroker.SESSION_ENDED), "settled twice");
        assertEquals(0, holds.get());
    }
}
