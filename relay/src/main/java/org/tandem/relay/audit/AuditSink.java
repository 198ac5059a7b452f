package org.tandem.relay.audit;

import java.util.Map;

/**
 * Where the relay writes what happens: connections, logins, nameplates, pairings, refusals. Never
 * session content: the fields are addresses, names, fingerprints, nameplates, counts and reasons.
 */
@FunctionalInterface
public interface AuditSink {
    AuditSink NONE = (type, fields) -> { };

    /**
     * @param type e.g. {@code connect}, {@code auth}, {@code create}, {@code join}, {@code pair},
     *     {@code burn}, {@code close}, {@code refuse}
     * @param fields values that are strings, numbers or booleans
     */
    void write(String type, Map<String, ?> fields);
}
