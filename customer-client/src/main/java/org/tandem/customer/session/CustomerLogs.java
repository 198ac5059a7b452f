package org.tandem.customer.session;

import java.io.IOException;
import org.tandem.shared.log.SessionLogWriter;

/** Opens the customer's log of a session, once both ends agree on its id. */
@FunctionalInterface
public interface CustomerLogs {
    SessionLogWriter open(String sessionId) throws IOException;
}
