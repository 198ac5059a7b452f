package org.tandem.customer.ui;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.tandem.customer.action.RecordingJournal;
import org.tandem.customer.consent.ConsentBroker;
import org.tandem.customer.conversation.CustomerConversation;
import org.tandem.shared.conversation.PlanStep;
import org.tandem.shared.conversation.StepState;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.log.SessionJournal;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.SessionMessage;

/**
 * A real {@link CustomerConversation} with a recording sender, a real consent broker whose prompts
 * the test answers, and a journal of the test's choosing: what the customer's window hears and sends.
 */
final class ConversationFixture {
    static final IdentityVerdict DANA = new IdentityVerdict.Verified("Dana Scully", "Contoso Support");

    final List<SessionMessage> sent = new CopyOnWriteArrayList<>();
    final List<CompletableFuture<Boolean>> prompts = new CopyOnWriteArrayList<>();
    final CustomerConversation conversation;

    ConversationFixture(CustomerConversation.Listener listener) {
        this(new RecordingJournal(), listener);
    }

    ConversationFixture(SessionJournal journal, CustomerConversation.Listener listener) {
        ConsentBroker broker = new ConsentBroker(journal, request -> {
            CompletableFuture<Boolean> answer = new CompletableFuture<>();
            prompts.add(answer);
            return answer;
        }, () -> () -> { }, Runnable::run, waiting -> { });
        conversation = new CustomerConversation(new CustomerConversation.Parts(journal, sent::add, broker, DANA,
                "technician:Dana Scully", Duration.ofSeconds(60)), listener, Clock.systemUTC());
    }

    static PlanStep step(String id, String title, StepState state) {
        return new PlanStep(id, title, "", "", state);
    }

    /** The technician asks "Is everything working now?" and the customer answers. */
    void workingCheckAnswered(boolean working) {
        conversation.handle(new ControlMessage.WorkingCheck());
        prompts.get(prompts.size() - 1).complete(working);
    }

    <T extends SessionMessage> List<T> sent(Class<T> type) {
        return sent.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
