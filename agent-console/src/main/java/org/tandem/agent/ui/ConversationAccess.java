package org.tandem.agent.ui;

import java.util.Optional;
import org.tandem.agent.conversation.AgentConversation;

/** The conversation of the session now open, once a customer is connected; what the side tabs talk to. */
@FunctionalInterface
public interface ConversationAccess {
    Optional<AgentConversation> conversation();
}
