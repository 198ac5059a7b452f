package org.tandem.customer.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tandem.customer.consent.ConsentBroker;
import org.tandem.customer.control.InputInjector;
import org.tandem.customer.control.OwnWindows;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.log.LogReader;
import org.tandem.shared.log.RecapGenerator;
import org.tandem.shared.log.SessionLogVerifier;
import org.tandem.shared.log.SessionLogWriter;
import org.tandem.shared.message.InputEvent;
import org.tandem.shared.session.SessionLogbook;
import org.tandem.shared.ssh.Ed25519Keys;
import org.tandem.shared.testing.HandClock;

/**
 * The customer's list of what the technician did tells each period of control as it happens: when
 * the technician began, and when control ended, for how long and who ended it, in the same words
 * as the recap made afterwards from the same log. Real control, consent broker, input gate and
 * session log; the technician is a stand-in, and one clock set by hand serves the log and control.
 */
class ControlInTheActivityListTest {
    private static final String DANA = "technician:Dana";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** Each way control ends, as the customer's side handles it, and how the recap says who ended it. */
    enum End {
        CUSTOMER_TOOK_IT_BACK(control -> control.stop("The customer took back control."), "you took it back"),
        TECHNICIAN_GAVE_IT_BACK(CustomerControl::released, "they gave it back"),
        SHARING_STOPPED(CustomerControl::sharingStopped, "until you paused sharing your screen"),
        CONNECTION_DROPPED(control -> control.connectionLost(JournalEvent.ControlStopped.CONNECTION_LOST),
                "until the connection dropped"),
        SESSION_ENDED(CustomerControl::ended, "until the session ended");

        final Consumer<CustomerControl> ending;
        final String words;

        End(Consumer<CustomerControl> ending, String words) {
            this.ending = ending;
            this.words = words;
        }
    }

    @TempDir
    Path dir;
    private final HandClock clock = new HandClock(Instant.parse("2026-12-07T15:52:12Z"));
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final List<CompletableFuture<Boolean>> prompts = new CopyOnWriteArrayList<>();
    private final CustomerControl control = new CustomerControl(new InputInjector() {
        @Override
        public void inject(InputEvent event) {
        }

        @Override
        public void releaseAll() {
        }
    }, clock, Duration.ofSeconds(2), OwnWindows.NONE, new CustomerControl.Listener() {
        @Override
        public void controlChanged(boolean granted, String detail) {
        }

        @Override
        public void activity(String line) {
            lines.add(line);
        }
    });
    private Path file;
    private SessionLogWriter writer;

    @BeforeEach
    void grantControl() throws Exception {
        file = dir.resolve("customer.log");
        writer = SessionLogWriter.create(file, "02df02322e3d5dad", "customer", Ed25519Keys.generate(), 20, clock);
        SessionLogbook book = new SessionLogbook(writer, "customer");
        book.record("customer", new JournalEvent.IdentityVerified("Dana", "Contoso Support",
                "Dana, Contoso Support — verified"));
        ConsentBroker broker = new ConsentBroker(book, request -> {
            CompletableFuture<Boolean> shown = new CompletableFuture<>();
            prompts.add(shown);
            return shown;
        }, () -> control.gate().promptOpened(), Runnable::run, waiting -> { });
        control.attach(book, message -> { }, new IdentityVerdict.Verified("Dana", "Contoso Support"), broker,
                Duration.ofMinutes(1));
        control.requested(DANA, () -> true);
        prompts.get(0).complete(true);
        assertTrue(control.gate().isGranted(), "control was not granted");
    }

    @AfterEach
    void closeLog() throws Exception {
        writer.close();
    }

    @Test
    void theListSaysWhenTheTechnicianBeganControlling() {
        assertEquals(List.of(at(clock.instant()) + "Dana began controlling your mouse and keyboard."), lines);
    }

    @ParameterizedTest
    @EnumSource(End.class)
    void theListSaysHowLongTheTechnicianHadControlAndWhoEndedItInTheRecapsWords(End end) throws Exception {
        clock.advance(Duration.ofMinutes(3));

        end.ending.accept(control);

        String ended = at(clock.instant()) + "Dana controlled your mouse and keyboard for 3 minutes (" + end.words + ").";
        assertEquals(List.of(at(clock.instant().minus(Duration.ofMinutes(3))) + "Dana began controlling your mouse and "
                + "keyboard.", ended), lines);
        writer.finish();
        String recap = new RecapGenerator().markdown(LogReader.read(file), SessionLogVerifier.verify(file),
                RecapGenerator.Viewpoint.CUSTOMER);
        List<String> done = recap.lines().dropWhile(line -> !line.equals("## What was done")).skip(1)
                .takeWhile(line -> !line.startsWith("## ")).filter(line -> line.startsWith("- ")).toList();
        assertEquals(1, done.size(), recap);
        assertEquals(withoutTime(ended), done.get(0).substring(done.get(0).indexOf(' ', 2) + 1),
                "the list and the recap tell the period in the same words");
    }

    /** "15:52  ": how the list puts the time before each line, in this computer's time zone. */
    private static String at(Instant instant) {
        return LocalTime.ofInstant(instant, ZoneId.systemDefault()).format(TIME) + "  ";
    }

    private static String withoutTime(String line) {
        return line.substring(line.indexOf("  ") + 2);
    }
}
