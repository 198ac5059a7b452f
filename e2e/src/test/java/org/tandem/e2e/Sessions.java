package org.tandem.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.List;
import org.tandem.agent.session.AgentLogs;
import org.tandem.customer.action.ActionCatalog;
import org.tandem.customer.action.ActionEngine;
import org.tandem.customer.session.ActionEngines;
import org.tandem.customer.control.InputInjector;
import org.tandem.customer.control.OwnWindows;
import org.tandem.customer.session.CustomerControl;
import org.tandem.relay.ListenAddress;
import org.tandem.relay.RelayServer;
import org.tandem.relay.RelaySettings;
import org.tandem.shared.log.SessionLogWriter;
import org.tandem.shared.ssh.Ed25519Keys;
import org.tandem.shared.message.InputEvent;

/** Parts the end-to-end tests build sessions from, as the apps do. */
final class Sessions {
    private Sessions() {}

    /** An injector for tests that never grant control: injecting anything is a failure. */
    static final InputInjector NO_INPUT = new InputInjector() {
        @Override
        public void inject(InputEvent event) {
            throw new AssertionError("No input may be injected in this test: " + event);
        }

        @Override
        public void releaseAll() {
        }
    };

    /** A customer whose catalog offers no actions. */
    static final ActionEngines NO_ACTIONS = (journal, consent, listener) -> new ActionEngine(
            new ActionCatalog("Test OS", List.of()), consent, journal, listener);

    /** A relay on a free loopback port that lets in the technician with this key. */
    static RelayServer startRelay(Path dataDir, KeyPair technicianKey) throws IOException {
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve(RelaySettings.TECHNICIANS_FILE),
                Ed25519Keys.authorizedKeysLine(technicianKey.getPublic(), "dana") + "\n");
        return RelayServer.start(RelaySettings.defaults().withListen(new ListenAddress("127.0.0.1", 0))
                .withDataDir(dataDir));
    }

    static CustomerControl control(InputInjector injector) {
        return new CustomerControl(injector, Clock.systemUTC(), Duration.ofSeconds(2), OwnWindows.NONE,
                (granted, detail) -> { });
    }

    /** Logs under {@code dir/<session id>/<actor>.log}, signed with {@code key}. */
    static AgentLogs logsIn(Path dir, String actor, KeyPair key) {
        return id -> SessionLogWriter.create(dir.resolve(id).resolve(fileName(actor)), id, actor, key, 20,
                Clock.systemUTC());
    }

    private static String fileName(String actor) {
        return (actor.startsWith("technician") ? "technician" : actor) + ".log";
    }

}
