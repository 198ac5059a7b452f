package org.tandem.customer.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.util.List;
import org.tandem.customer.conversation.CustomerConversation;
import org.tandem.shared.conversation.StepState;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.log.SessionLogWriter;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.session.SessionLogbook;

/**
 * A customer's session log written by the real conversation: the plan with final states, chat both
 * ways, "Is everything working now?" answered yes, a rating and a follow-up. The recap is made from it.
 */
final class RecordedConversation {
    private RecordedConversation() {}

    static Path write(Path dir) throws IOException, GeneralSecurityException {
        Path file = dir.resolve("customer.log");
        SessionLogWriter writer = SessionLogWriter.create(file, "482-7f3c9a", "customer",
                KeyPairGenerator.getInstance("Ed25519").generateKeyPair(), 20, Clock.systemUTC());
        SessionLogbook book = new SessionLogbook(writer, "customer");
        try {
            book.record("customer", new JournalEvent.SessionConnected("482", ""));
            book.record("customer", new JournalEvent.IdentityVerified("Dana Scully", "Contoso Support",
                    "Dana Scully, Contoso Support — verified"));
        } catch (org.tandem.shared.log.JournalException e) {
            throw new IOException(e);
        }
        ConversationFixture fixture = new ConversationFixture(book, new CustomerConversation.Listener() { });
        CustomerConversation talk = fixture.conversation;
        talk.handle(new ControlMessage.PlanUpdated(1, List.of(
                ConversationFixture.step("s1", "Look at the printer queue", StepState.DONE),
                ConversationFixture.step("s2", "Restart the print spooler", StepState.DONE),
                ConversationFixture.step("s3", "Reinstall the driver", StepState.SKIPPED))));
        talk.handle(new ControlMessage.ChatSent("0b6f3c1e-8d2a-4f5b-9c7e-1a2b3c4d5e6f",
                "Hello, I am Dana. See https://support.example.com/printers for the steps."));
        talk.sendChat("Thank you, the *printer* works again!");
        fixture.workingCheckAnswered(true);
        talk.rate(5, "Quick and friendly");
        talk.followUp("next Monday morning", "Check the scanner");
        writer.finish();
        writer.close();
        return file;
    }
}
