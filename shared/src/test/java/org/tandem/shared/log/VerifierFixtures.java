package org.tandem.shared.log;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.tandem.shared.log.SampleSessionLogs.Event;
import org.tandem.shared.log.SampleSessionLogs.SteppingClock;
import org.tandem.shared.ssh.Ed25519Keys;

/**
 * Logs for the verdicts of {@code log verify}, all written through {@link SessionLogWriter}: the two
 * sides' logs of the sample session, signed with keys made as the console and the client make
 * theirs (an OpenSSH key file with its {@code .pub} beside it), and what someone holding the file
 * can make of them: the log cut after some lines, or its first events written again as a new log
 * signed with a fresh key.
 */
final class VerifierFixtures {
    static final Instant START = Instant.parse("2026-03-01T09:00:00Z");
    /** 39 events, checkpoints after events 10, 20 and 30, so the final checkpoint is line 43. */
    static final int FINAL_CHECKPOINT_LINE = 43;

    /** Both sides' logs, their keys, and the technician's {@code .pub} file. */
    record Logs(Path technicianLog, Path customerLog, KeyPair technicianKey, Path technicianPublicKey, KeyPair customerKey) {}

    private VerifierFixtures() {}

    /**
     * Both logs of the sample session, closed as {@code SessionLogbook} closes them: each side
     * finishes, sends its final checkpoint, and stores the other's after finishing.
     */
    static Logs write(Path dir) throws IOException {
        Path technicianKeyFile = dir.resolve("keys").resolve("technician");
        KeyPair technicianKey = Ed25519Keys.loadOrCreate(technicianKeyFile);
        KeyPair customerKey = Ed25519Keys.loadOrCreate(dir.resolve("keys").resolve("customer"));
        Path technicianLog = dir.resolve("technician.log");
        Path customerLog = dir.resolve("customer.log");
        try (SessionLogWriter technician = writer(technicianLog, SampleSessionLogs.TECHNICIAN, technicianKey);
             SessionLogWriter customer = writer(customerLog, "customer", customerKey)) {
            for (Event event : SampleSessionLogs.script()) {
                technician.append(event.actor(), event.type(), event.details());
                customer.append(event.actor(), event.type(), event.details());
            }
            Checkpoint technicianFinal = technician.finish();
            Checkpoint customerFinal = customer.finish();
            customer.storeReceipt(technicianFinal);
            technician.storeReceipt(customerFinal);
        }
        return new Logs(technicianLog, customerLog, technicianKey, Ed25519Keys.publicKeyFile(technicianKeyFile), customerKey);
    }

    /** The first {@code kept} lines of {@code log}, byte for byte, as a new file {@code name} beside it. */
    static Path cut(Path log, String name, int kept) throws IOException {
        byte[] bytes = Files.readAllBytes(log);
        int end = 0;
        for (int line = 0; line < kept; line++) {
            while (bytes[end] != '\n') {
                end++;
            }
            end++;
        }
        return Files.write(log.resolveSibling(name), Arrays.copyOf(bytes, end));
    }

    /**
     * The first {@code events} events of the sample session written again, as the technician, into a
     * new log signed with {@code key} and finished: what someone who wants a shorter record and does
     * not hold the technician's key can make.
     */
    static Path resigned(Path dir, String name, int events, KeyPair key) throws IOException {
        Path file = dir.resolve(name);
        try (SessionLogWriter forger = writer(file, SampleSessionLogs.TECHNICIAN, key)) {
            for (Event event : SampleSessionLogs.script().subList(0, events)) {
                forger.append(event.actor(), event.type(), event.details());
            }
            forger.finish();
        }
        return file;
    }

    private static SessionLogWriter writer(Path file, String actor, KeyPair key) throws IOException {
        return SessionLogWriter.create(file, SampleSessionLogs.SESSION, actor, key, SampleSessionLogs.CHECKPOINT_EVERY,
                new SteppingClock(START, Duration.ofSeconds(37)));
    }
}
