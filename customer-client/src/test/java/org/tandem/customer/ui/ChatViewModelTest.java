package org.tandem.customer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tandem.customer.action.RecordingJournal;
import org.tandem.shared.log.LogEventTypes;
import org.tandem.shared.message.ControlMessage;

/** The chat view model over a real conversation: sending, typing, marks and read receipts. */
class ChatViewModelTest {
    private final RecordingJournal journal = new RecordingJournal();
    private final CustomerViewModel window;
    private final ConversationFixture fixture;
    private final ChatViewModel chat;

    ChatViewModelTest() {
        ConversationFixture[] holder = new ConversationFixture[1];
        window = new CustomerViewModel(Runnable::run, Runnable::run,
                () -> Optional.of(holder[0].conversation), () -> { });
        holder[0] = new ConversationFixture(journal, window);
        fixture = holder[0];
        chat = window.chat();
    }

    @Test
    void whatTheCustomerWritesIsSentJournaledAndShownWithItsMarks() {
        chat.draftProperty().set("The printer still says offline");
        assertTrue(chat.canSendProperty().get());
        chat.send();

        assertEquals("", chat.draftProperty().get());
        ControlMessage.ChatSent sent = fixture.sent(ControlMessage.ChatSent.class).get(0);
        assertEquals("The printer still says offline", sent.text());
        assertEquals("chat", journal.last(LogEventTypes.CHAT).type());
        assertEquals(List.of("You: The printer still says offline (Sent)"), shown());

        fixture.conversation.handle(new ControlMessage.ChatReceipt(sent.id(), false));
        assertEquals(List.of("You: The printer still says offline (Delivered)"), shown());
        fixture.conversation.handle(new ControlMessage.ChatReceipt(sent.id(), true));
        assertEquals(List.of("You: The printer still says offline (Read)"), shown());
    }

    @Test
    void typingIsToldOnceWhenItStartsAndOnceWhenItStops() {
        chat.draftProperty().set("H");
        chat.draftProperty().set("Hel");
        chat.draftProperty().set("");

        assertEquals(List.of(new ControlMessage.ChatTyping(true), new ControlMessage.ChatTyping(false)),
                fixture.sent(ControlMessage.ChatTyping.class));
    }

    @Test
    void theTechniciansMessagesAreMarkedReadOnlyWhileTheChatIsInView() {
        fixture.conversation.handle(new ControlMessage.ChatSent("7d1c7f2e-3b6a-4c1e-9a57-0d2f4e8b9c10", "Hello, I am Dana"));
        assertEquals(List.of(new ControlMessage.ChatReceipt("7d1c7f2e-3b6a-4c1e-9a57-0d2f4e8b9c10", false)),
                fixture.sent(ControlMessage.ChatReceipt.class), "delivered, not yet read");

        chat.inViewProperty().set(true);

        assertEquals(new ControlMessage.ChatReceipt("7d1c7f2e-3b6a-4c1e-9a57-0d2f4e8b9c10", true),
                fixture.sent(ControlMessage.ChatReceipt.class).get(1));
        assertEquals(List.of("Dana Scully: Hello, I am Dana"), shown());
    }

    @Test
    void theTechnicianTypingIsShownByName() {
        window.technicianIdentified(ConversationFixture.DANA);
        fixture.conversation.handle(new ControlMessage.ChatTyping(true));
        assertEquals("Dana Scully is typing…", chat.typingProperty().get());
        fixture.conversation.handle(new ControlMessage.ChatTyping(false));
        assertEquals("", chat.typingProperty().get());
    }

    @Test
    void aMessageTooLongOrBlankCannotBeSent() {
        chat.draftProperty().set("   ");
        assertFalse(chat.canSendProperty().get());
        chat.draftProperty().set("x".repeat(ControlMessage.ChatSent.MAX_TEXT + 1));
        assertFalse(chat.canSendProperty().get());
        assertEquals("A message can be at most 2,000 characters long.", chat.problemProperty().get());
        chat.send();
        assertEquals(List.of(), fixture.sent(ControlMessage.ChatSent.class));
    }

    @Test
    void aMessageThatCouldNotBeRecordedIsNotSentAndComesBackToTheBox() {
        journal.failOn(LogEventTypes.CHAT);
        chat.draftProperty().set("Are you there?");
        chat.send();

        assertEquals(List.of(), fixture.sent(ControlMessage.ChatSent.class));
        assertEquals("Are you there?", chat.draftProperty().get());
        assertTrue(chat.problemProperty().get().startsWith("Your message could not be sent."));
    }

    private List<String> shown() {
        return chat.entries().stream().map(entry -> entry.author() + ": " + entry.text()
                + (entry.mine() ? " (" + entry.mark() + ")" : "")).toList();
    }
}
