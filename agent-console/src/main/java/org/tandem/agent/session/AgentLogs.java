package org.tandem.agent.session;

import java.io.IOException;
import org.tandem.shared.log.SessionLogWriter;

/** Opens the console's log of a session, once both ends agree on its id. */
@FunctionalInterface
public interface AgentLogs {
    SessionLogWriter open(String sessionId) throws IOException;
}
