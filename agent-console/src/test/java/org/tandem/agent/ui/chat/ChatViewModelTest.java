package org.tandem.agent.ui.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.agent.conversation.AgentConversation;
import org.tandem.agent.ui.ConversationRig;
import org.tandem.shared.conversation.ChatLine;
import org.tandem.shared.message.ControlMessage;

/** The chat both ways with its marks, the typing indicator and the canned replies. */
class ChatViewModelTest {
    private final ConversationRig rig = new ConversationRig();
    @TempDir
    Path data;
    private ChatViewModel model;

    @BeforeEach
    void setUp() {
        model = new ChatViewModel(Runnable::run, Runnable::run, rig.access(), new CannedReplies(data.resolve("canned-replies.txt")));
        rig.listen(new AgentConversation.Listener() {
            @Override
            public void chatChanged(List<ChatLine> lines) {
                model.chatChanged(lines);
            }

            @Override
            public void customerTyping(boolean typing) {
                model.customerTyping(typing);
            }
        });
    }

    @Test
    void aMessageGoesOutAndItsMarksFollowTheCustomer() {
        model.draftProperty().set("Could you open the printer settings?");
        assertEquals(List.of(new ControlMessage.ChatTyping(true)), rig.sent(ControlMessage.ChatTyping.class),
                "the customer sees the technician typing");
        model.sendDraft();
        assertEquals("", model.draftProperty().get());
        assertEquals(List.of(new ControlMessage.ChatTyping(true), new ControlMessage.ChatTyping(false)),
                rig.sent(ControlMessage.ChatTyping.class));
        ControlMessage.ChatSent sent = rig.sent(ControlMessage.ChatSent.class).get(0);
        assertEquals("Could you open the printer settings?", sent.text());
        assertEquals(ChatLine.Mark.SENT, model.lines().get(0).mark());

        rig.fromCustomer(new ControlMessage.ChatReceipt(sent.id(), false));
        assertEquals(ChatLine.Mark.DELIVERED, model.lines().get(0).mark());
        rig.fromCustomer(new ControlMessage.ChatReceipt(sent.id(), true));
        assertEquals(ChatLine.Mark.READ, model.lines().get(0).mark());
    }

    @Test
    void theCustomersMessageIsUnreadUntilTheChatIsInFront() {
        rig.fromCustomer(new ControlMessage.ChatTyping(true));
        assertTrue(model.customerTypingProperty().get());
        rig.fromCustomer(new ControlMessage.ChatSent("m1", "It says the printer is offline"));
        assertEquals(false, model.customerTypingProperty().get(), "a message ends the typing");
        assertEquals(1, model.unreadProperty().get());
        assertEquals("It says the printer is offline", model.latestFromCustomerProperty().get().text());
        assertEquals(List.of(new ControlMessage.ChatReceipt("m1", false)), rig.sent(ControlMessage.ChatReceipt.class),
                "delivered at once");

        model.shownProperty().set(true);
        assertEquals(0, model.unreadProperty().get());
        assertEquals(new ControlMessage.ChatReceipt("m1", true), rig.sent(ControlMessage.ChatReceipt.class).get(1));

        rig.fromCustomer(new ControlMessage.ChatSent("m2", "Now it prints"));
        assertEquals(0, model.unreadProperty().get(), "read at once while the chat is in front");
        assertEquals(new ControlMessage.ChatReceipt("m2", true), rig.sent(ControlMessage.ChatReceipt.class).get(3));
    }

    @Test
    void withoutACustomerNothingIsSentAndTheDraftStays() {
        rig.connected(false);
        model.draftProperty().set("Hello");
        model.sendDraft();
        assertEquals("Hello", model.draftProperty().get());
        assertEquals("The chat opens once your customer is connected.", model.messageProperty().get());
        assertTrue(rig.sent.isEmpty());
    }

    @Test
    void aMessageThatCannotBeRecordedComesBackToTheDraft() {
        rig.journalFails.set(true);
        model.draftProperty().set("Hello");
        model.sendDraft();
        assertTrue(rig.sent(ControlMessage.ChatSent.class).isEmpty());
        assertEquals("Hello", model.draftProperty().get());
        assertTrue(model.messageProperty().get().startsWith("The message could not be recorded"));
    }

    @Test
    void cannedRepliesAreKeptInTheDataFolderAndUsedAsDrafts() throws Exception {
        model.loadCanned(Runnable::run);
        assertEquals(CannedReplies.DEFAULTS, model.cannedReplies(), "the defaults until the technician edits them");

        model.saveCanned(List.of("Hello!", "", "  One moment please  "), Runnable::run);
        assertEquals(List.of("Hello!", "One moment please"), model.cannedReplies());
        assertEquals(List.of("Hello!", "One moment please"), Files.readAllLines(data.resolve("canned-replies.txt")));

        ChatViewModel again = new ChatViewModel(Runnable::run, Runnable::run, rig.access(),
                new CannedReplies(data.resolve("canned-replies.txt")));
        again.loadCanned(Runnable::run);
        assertEquals(List.of("Hello!", "One moment please"), again.cannedReplies());
        again.useCanned("One moment please");
        assertEquals("One moment please", again.draftProperty().get());
    }
}
