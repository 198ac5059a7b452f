package org.tandem.shared.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** `tandem log show` and History say every kind of journal event in words, never by its raw type. */
class LogEntryTitlesTest {

    @Test
    void everyKindOfEventHasWordsOfItsOwn() throws Exception {
        List<String> raw = new ArrayList<>();
        for (Class<?> kind : kinds(JournalEvent.class)) {
            JournalEvent event = sample(kind);
            String title = LogEntryFormatter.title(written(event));
            if (title.equals(event.type()) || title.startsWith(event.type() + " ")) {
                raw.add(kind.getSimpleName() + " → " + title);
            }
        }
        assertEquals(List.of(), raw, "shown by their raw type");
    }

    @Test
    void theEndingQuestionAndTheCustomersAnswersReadAsSentences() {
        assertEquals("Asked: is everything working now?",
                LogEntryFormatter.title(written(new JournalEvent.WorkingCheckAsked())));
        assertEquals("Is everything working now? yes",
                LogEntryFormatter.title(written(new JournalEvent.WorkingCheckAnswered("yes"))));
        assertEquals("Is everything working now? not answered (Sharing stopped before the customer answered)",
                LogEntryFormatter.title(written(new JournalEvent.WorkingCheckAnswered("not answered",
                        "Sharing stopped before the customer answered."))));
        assertEquals("Rated the session 5 of 5: Quick and clear, thank you.",
                LogEntryFormatter.title(written(new JournalEvent.Rating(5, "Quick and clear, thank you."))));
        assertEquals("Rated the session 3 of 5", LogEntryFormatter.title(written(new JournalEvent.Rating(3, ""))));
        assertEquals("Follow-up asked for: Tomorrow after 2 pm",
                LogEntryFormatter.title(written(new JournalEvent.FollowUp("Tomorrow after 2 pm", ""))));
        assertFalse(LogEntryFormatter.title(written(new JournalEvent.Note("Spooler restarted"))).startsWith("note"));
    }

    @Test
    void aPlanChangeSaysWhichStepsCameWentOrMovedOnNotOnlyHowManyThereAre() {
        String look = "Look at what is installed";
        String remove = "Remove the program that causes the pop-ups";
        List<LogEntry> log = List.of(
                written(plan(step(look, "planned"))),
                written(plan(step(look, "planned"), step(remove, "planned"))),
                written(plan(step(look, "done"), step(remove, "in progress"))),
                written(plan(step(remove, "in progress"), step(look, "done"))),
                written(plan(step(look, "done"))));

        assertEquals(List.of(
                "Plan: added “Look at what is installed”",
                "Plan: added “Remove the program that causes the pop-ups”",
                "Plan: “Look at what is installed” done; “Remove the program that causes the pop-ups” in progress",
                "Plan: steps put in another order",
                "Plan: removed “Remove the program that causes the pop-ups”"), LogEntryFormatter.titles(log));
        assertEquals("Plan: “Look at what is installed” (done), “Remove the program that causes the pop-ups” (in progress)",
                LogEntryFormatter.title(log.get(2)), "read alone, the plan is given whole");
    }

    private static JournalEvent.PlanChanged plan(JournalEvent.PlanStep... steps) {
        return new JournalEvent.PlanChanged(List.of(steps));
    }

    private static JournalEvent.PlanStep step(String title, String status) {
        return new JournalEvent.PlanStep(title, status);
    }

    @Test
    void anActionIsNamedWithItsTargetInWordsWhereverTheLogNamesIt() {
        String asked = ActionWords.recorded("Uninstall a program", Map.of("program", "xterm"));
        List<LogEntry> log = List.of(
                written(new JournalEvent.ActionRequested("r1", asked, "uninstall-program", "change", Map.of("program", "xterm"))),
                written(new JournalEvent.ConsentAsked(asked, "r1", "Uninstall “xterm”?")),
                written(new JournalEvent.ConsentDecided(JournalEvent.Answer.GRANTED, asked, "r1", "")),
                written(new JournalEvent.ActionStarted("r1", asked)),
                written(new JournalEvent.ActionResult("r1", asked, "Removed.", "success", "SUCCEEDED", 0)),
                written(new JournalEvent.ConsentAsked(ConsentPurposes.CONTROL, "", "")));

        assertEquals(List.of("Action asked for: Uninstall a program called “xterm”",
                "Asked the customer to allow: Uninstall a program called “xterm”",
                "Customer allowed: Uninstall a program called “xterm”",
                "Action started: Uninstall a program called “xterm”",
                "Action finished: Uninstall a program called “xterm” — done",
                "Asked the customer to allow: " + ConsentPurposes.CONTROL_FOR_TECHNICIAN), LogEntryFormatter.titles(log));
        assertEquals("Action asked for: Uninstall a program called “xterm”", LogEntryFormatter.title(log.get(0)),
                "a request holds its parameters itself");
    }

    @Test
    void aProgramPickedFromTheCustomersListIsNamedAsTheListNamedItAndReadsBackAsWritten() {
        String asked = ActionWords.recorded("End a running program", Map.of("pid", "4377"));
        JournalEvent.ActionRequested request = new JournalEvent.ActionRequested("r1", asked, "end-process", "change",
                Map.of("pid", "4377"), Map.of("pid", "firefox"));
        List<LogEntry> log = List.of(written(request), written(new JournalEvent.ActionStarted("r1", asked)),
                written(new JournalEvent.ActionResult("r1", asked, "Closed.", "success", "SUCCEEDED", -1)));

        assertEquals(List.of("Action asked for: End a running program called “firefox” (process 4377)",
                "Action started: End a running program called “firefox” (process 4377)",
                "Action finished: End a running program called “firefox” (process 4377) — done"),
                LogEntryFormatter.titles(log));
        assertEquals(Map.of("pid", "4377"), log.get(0).details().get("parameters"), "what was asked for is the id");
        assertEquals(request, JournalEvents.read(log.get(0)).orElseThrow());
        assertEquals("Action asked for: End a running program with process id 4377",
                LogEntryFormatter.title(written(new JournalEvent.ActionRequested("r2", asked, "end-process", "change",
                        Map.of("pid", "4377")))), "typed, not picked: the id alone");
    }

    @Test
    void aCancelledActionSaysWhoStoppedIt() {
        String asked = ActionWords.recorded("Find what fills the disk", Map.of("folder", "/"));
        List<LogEntry> log = List.of(
                written(new JournalEvent.ActionRequested("r1", asked, "disk-usage", "scan", Map.of("folder", "/"))),
                written(new JournalEvent.ActionResult("r1", asked,
                        "Cancelled by the customer. Measured 262,500 files before it stopped.", "cancelled", "CANCELLED", 0)));

        assertEquals("Action finished: Find what fills the disk in “/” — cancelled: Cancelled by the customer. Measured "
                + "262,500 files before it stopped.", LogEntryFormatter.titles(log).get(1));
    }

    @Test
    void theTechniciansStopOfARunningActionSaysWhoAskedForItAndReadsBackAsWritten() {
        String asked = ActionWords.recorded("Find what fills the disk", Map.of("folder", "/"));
        JournalEvent.ActionStopRequested stop = new JournalEvent.ActionStopRequested("r1", asked,
                "The technician stopped it while it ran.");
        List<LogEntry> log = List.of(
                written(new JournalEvent.ActionRequested("r1", asked, "disk-usage", "scan", Map.of("folder", "/"))),
                written(stop));

        assertEquals("Technician asked to stop: Find what fills the disk in “/”", LogEntryFormatter.titles(log).get(1));
        assertEquals(java.util.Optional.of(stop), JournalEvents.read(log.get(1)));
    }

    @Test
    void theCustomersOwnWordsForAnActionStayAsTheyAre() {
        String own = "Uninstall “xterm” version 379-1 (2.4 MB)";
        List<LogEntry> log = List.of(
                written(new JournalEvent.ActionRequested("r1", own, "uninstall-program", "change", Map.of("program", "xterm"))),
                written(new JournalEvent.ActionResult("r1", own, "Removed.", "success", "SUCCEEDED", 0)));

        assertEquals(List.of("Action asked for: " + own, "Action finished: " + own + " — done"),
                LogEntryFormatter.titles(log));
    }

    @Test
    void whatPeopleWroteIsCutWhenLongForLogShowAndWholeForAReaderThatWraps() {
        String note = "Customer mentioned the same printer failed in March; check whether the vendor driver package"
                + " was replaced by the generic one during the last update";
        String message = "The printer in the upstairs office stopped printing after this morning's update and now"
                + " it says the driver is missing";
        List<LogEntry> log = List.of(written(new JournalEvent.Note(note)),
                written(new JournalEvent.Chat("m1", message)),
                written(new JournalEvent.Rating(4, message)),
                written(new JournalEvent.FollowUp("Tuesday", note)));

        List<String> cut = LogEntryFormatter.titles(log);
        assertEquals("Private note: " + note.substring(0, 79) + "…", cut.get(0));
        assertEquals("Chat: " + message.substring(0, 79) + "…", cut.get(1));
        assertEquals(List.of("Private note: " + note, "Chat: " + message, "Rated the session 4 of 5: " + message,
                "Follow-up asked for: Tuesday (" + note + ")"), LogEntryFormatter.wholeTitles(log));
    }

    /** Every record that is a journal event, through the families it is sealed into. */
    private static List<Class<?>> kinds(Class<?> sealed) {
        List<Class<?>> found = new ArrayList<>();
        for (Class<?> sub : sealed.getPermittedSubclasses()) {
            if (sub.isRecord()) {
                found.add(sub);
            } else if (sub.isSealed()) {
                found.addAll(kinds(sub));
            }
        }
        return found;
    }

    /** An event of this kind with plain values: "x" for text, 1 for numbers, empty lists and maps. */
    private static JournalEvent sample(Class<?> kind) throws Exception {
        RecordComponent[] parts = kind.getRecordComponents();
        Class<?>[] types = new Class<?>[parts.length];
        Object[] values = new Object[parts.length];
        for (int i = 0; i < parts.length; i++) {
            types[i] = parts[i].getType();
            values[i] = types[i] == String.class ? "x" : types[i] == int.class ? 1 : types[i] == long.class ? 1L
                    : types[i] == boolean.class ? true : types[i] == List.class ? List.of()
                    : types[i] == Map.class ? Map.of() : types[i].isEnum() ? types[i].getEnumConstants()[0] : null;
        }
        Constructor<?> canonical = kind.getDeclaredConstructor(types);
        return (JournalEvent) canonical.newInstance(values);
    }

    private static LogEntry written(JournalEvent event) {
        return new LogEntry(7, Instant.EPOCH, "s", "customer", event.type(), event.details(), "0".repeat(64),
                "1".repeat(64));
    }
}
