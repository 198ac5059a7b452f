package org.tandem.agent.session;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionRisk;
import org.tandem.shared.log.SessionLogWriter;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.session.SessionLogbook;
import org.tandem.shared.ssh.Ed25519Keys;

/**
 * What the tests of the console's record of its action requests share: the requests as the console keeps
 * them ({@link AgentActions}), the messages it sent, and its own session log, opened before each test and
 * closed after it.
 */
abstract class ConsoleActionLogTest {
    static final String TECHNICIAN = "technician:Dana";
    static final ActionDescriptor UNINSTALL = new ActionDescriptor("uninstall", "Uninstall a program",
            ActionRisk.CHANGE, "Removes a program.", false, true, "", List.of());
    static final String PROMPT = "Uninstall “foo” version 1.2? Dana asks to do this on your computer.";

    @TempDir
    Path dir;
    final List<ControlMessage> sent = new ArrayList<>();
    final AgentActions actions = new AgentActions(new AgentSessionListener() {
        @Override
        public void stateChanged(AgentState state, String detail) {
        }

        @Override
        public void codeReady(String code) {
        }

        @Override
        public void paired(String checkString) {
        }

        @Override
        public void controlChanged(ControlState state, String detail) {
        }
    });
    Path file;
    SessionLogWriter writer;
    SessionLogbook book;

    @BeforeEach
    void openLog() throws Exception {
        file = dir.resolve("technician.log");
        writer = SessionLogWriter.create(file, "482-7f3c9a", TECHNICIAN, Ed25519Keys.generate(), 20, Clock.systemUTC());
        book = new SessionLogbook(writer, TECHNICIAN);
    }

    @AfterEach
    void closeLog() throws Exception {
        writer.close();
    }
}
