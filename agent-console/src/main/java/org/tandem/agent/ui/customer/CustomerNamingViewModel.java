package org.tandem.agent.ui.customer;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.tandem.agent.conversation.AgentConversation;
import org.tandem.agent.conversation.CustomerName;
import org.tandem.agent.ui.ConversationAccess;
import org.tandem.agent.ui.Texts;

/**
 * The technician names (or renames) the customer of a session, having asked them in the chat (decision
 * 0046). A name that is not taken gets a message saying why and changes nothing; a name taken is
 * recorded in the session's log first, and only then names the customer in the console.
 */
public final class CustomerNamingViewModel {
    private final Executor fx;
    private final Executor send;
    private final ConversationAccess access;
    private final Consumer<String> named;
    private final Consumer<String> told;

    /**
     * @param send  the conversation's own thread, which records in order
     * @param named hears a name once it is recorded (FX thread)
     * @param told  hears, in words, that a name could not be recorded (FX thread)
     */
    public CustomerNamingViewModel(Executor fx, Executor send, ConversationAccess access, Consumer<String> named,
            Consumer<String> told) {
        this.fx = Objects.requireNonNull(fx, "fx");
        this.send = Objects.requireNonNull(send, "send");
        this.access = Objects.requireNonNull(access, "access");
        this.named = Objects.requireNonNull(named, "named");
        this.told = Objects.requireNonNull(told, "told");
    }

    /** Nothing when {@code typed} may name the customer now; else why not, in words for the technician. */
    public Optional<String> problem(String typed) {
        Optional<CustomerName.Problem> problem = CustomerName.check(typed);
        if (problem.isPresent()) {
            return Optional.of(switch (problem.get()) {
                case EMPTY -> Texts.get("naming.empty");
                case TOO_LONG -> Texts.format("naming.tooLong", CustomerName.MAX_LENGTH);
                case CONTROL_CHARACTERS -> Texts.get("naming.control");
            });
        }
        return access.conversation().isEmpty() ? Optional.of(Texts.get("naming.notConnected")) : Optional.empty();
    }

    /**
     * Names the customer {@code typed}, without the spaces around it: recorded, then shown. False, doing
     * nothing, when {@link #problem} says why not.
     */
    public boolean name(String typed) {
        Optional<AgentConversation> conversation = access.conversation();
        if (problem(typed).isPresent() || conversation.isEmpty()) {
            return false;
        }
        String name = CustomerName.kept(typed);
        send.execute(() -> {
            boolean recorded = conversation.get().nameCustomer(name);
            fx.execute(() -> {
                if (recorded) {
                    named.accept(name);
                } else {
                    told.accept(Texts.get("naming.notRecorded"));
                }
            });
        });
        return true;
    }
}
