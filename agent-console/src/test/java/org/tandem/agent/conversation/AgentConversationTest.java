package org.tandem.agent.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.shared.conversation.PlanStep;
import org.tandem.shared.conversation.StepState;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.log.JournalEvents;
import org.tandem.shared.log.LogEntry;
import org.tandem.shared.log.LogReader;
import org.tandem.shared.log.SessionLogWriter;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.SessionMessage;
import org.tandem.shared.session.SessionLogbook;
import org.tandem.shared.ssh.Ed25519Keys;

/** The console's side of the conversation, journaled into a real log file. */
class AgentConversationTest {
    private static final String DANA = "technician:Dana Scully";
    @TempDir
    Path dir;
    private final List<SessionMessage> sent = new CopyOnWriteArrayList<>();
    private final List<String> heard = new ArrayList<>();

    private AgentConversation open(SessionLogbook book) {
        return new AgentConversation(book, DANA, sent::add, new AgentConversation.Listener() {
            @Override
            public void workingAnswered(ControlMessage.WorkingAnswer answer) {
                heard.add("working " + answer.answer());
            }

            @Override
            public void rated(int stars, String comment) {
                heard.add("rated " + stars + " " + comment);
            }

            @Override
            public void followUpRequested(String when, String note) {
                heard.add("follow-up " + when);
            }

            @Override
            public void planStepAnswered(ControlMessage.PlanStepAnswered answer) {
                heard.add("step " + answer.stepId() + " " + answer.ok());
            }
        }, Clock.systemUTC());
    }

    @Test
    void everyPartOfTheConversationLandsInTheConsolesLogAndNotesStayThere() throws Exception {
        Path file = dir.resolve("technician.log");
        SessionLogbook book = new SessionLogbook(SessionLogWriter.create(file, "s1", DANA, Ed25519Keys.generate(), 50,
                Clock.systemUTC()), DANA);
        AgentConversation conversation = open(book);

        assertTrue(conversation.setPlan(List.of(new PlanStep("s1", "Restart the spooler", "", "", StepState.PLANNED),
                new PlanStep("s2", "Reinstall the driver", "", "", StepState.NEEDS_OK))));
        assertTrue(conversation.setPlan(List.of(new PlanStep("s1", "Restart the spooler", "", "", StepState.DONE),
                new PlanStep("s2", "Reinstall the driver", "", "", StepState.NEEDS_OK))));
        assertEquals(2, ((ControlMessage.PlanUpdated) sent.get(1)).revision(), "each plan has a newer revision");
        conversation.handle(ControlMessage.PlanStepAnswered.saidNo("s2"));
        assertTrue(conversation.sendChat("I can see your screen."));
        conversation.handle(new ControlMessage.ChatSent("c1", "Thank you!"));
        assertTrue(conversation.note("Customer's printer is a 2009 model; driver is unsigned."));
        int sentBeforeNote = sent.size();
        assertTrue(conversation.askWorking());
        conversation.handle(new ControlMessage.WorkingAnswer("yes"));
        conversation.handle(new ControlMessage.RatingGiven(5, "Great"));
        conversation.handle(new ControlMessage.FollowUpRequested("Friday morning", ""));
        book.lost(org.tandem.shared.session.SessionEnding.TECHNICIAN_ENDED);

        assertTrue(sent.stream().noneMatch(m -> m.toString().contains("2009 model")), "a private note was sent");
        assertEquals(new ControlMessage.WorkingCheck(), sent.get(sentBeforeNote));
        assertEquals(List.of("step s2 false", "working yes", "rated 5 Great", "follow-up Friday morning"), heard);
        List<JournalEvent> events = new ArrayList<>();
        for (LogEntry entry : LogReader.read(file)) {
            JournalEvents.read(entry).ifPresent(events::add);
        }
        assertTrue(events.contains(new JournalEvent.ConsentDecided(JournalEvent.Answer.DENIED,
                "go ahead with the step “Reinstall the driver”", "s2", "")), events.toString());
        assertTrue(events.contains(new JournalEvent.Chat("c1", "Thank you!")));
        assertTrue(events.contains(new JournalEvent.Note("Customer's printer is a 2009 model; driver is unsigned.")));
        assertTrue(events.contains(new JournalEvent.WorkingCheckAnswered("yes")));
        assertTrue(events.contains(new JournalEvent.Rating(5, "Great")));
        assertTrue(events.contains(new JournalEvent.FollowUp("Friday morning", "")));
        assertFalse(conversation.sendChat("after the end"), "nothing is sent once the log is closed");
    }
}
