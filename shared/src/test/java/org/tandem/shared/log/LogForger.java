package org.tandem.shared.log;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What someone who edits a log file can do: change events and recompute every hash, with or without a signing key. */
final class LogForger {
    private LogForger() {}

    static List<ObjectNode> events(Path file) throws IOException {
        List<ObjectNode> events = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            events.add((ObjectNode) CanonicalJson.parse(line));
        }
        return events;
    }

    static void write(Path file, List<ObjectNode> events) throws IOException {
        StringBuilder text = new StringBuilder();
        for (ObjectNode event : events) {
            text.append(CanonicalJson.write(event)).append('\n');
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The event with its {@code hash} recomputed from its {@code prev} and content. */
    static ObjectNode rehash(ObjectNode event) {
        ObjectNode copy = event.deepCopy();
        copy.put(LogEvents.HASH, LogEvents.hash(copy));
        return copy;
    }

    /**
     * Renumbers and re-chains every event from {@code from} on; checkpoints get the new upTo and
     * hash, and a new signature only when a key is given (otherwise their old signature stays).
     */
    static List<ObjectNode> rechain(List<ObjectNode> events, int from, Optional<KeyPair> resignWith) {
        List<ObjectNode> out = new ArrayList<>(events.subList(0, from));
        for (int i = from; i < events.size(); i++) {
            ObjectNode event = events.get(i).deepCopy();
            String prev = i == 0 ? LogEvents.GENESIS : out.get(i - 1).get(LogEvents.HASH).asText();
            event.put(LogEvents.SEQ, i + 1);
            event.put(LogEvents.PREV, prev);
            if (event.get(LogEvents.TYPE).asText().equals(LogEventTypes.CHECKPOINT)) {
                ObjectNode details = (ObjectNode) event.get(LogEvents.DETAILS);
                details.put("upTo", i);
                details.put("hash", prev);
                if (resignWith.isPresent()) {
                    resign(details, resignWith.get());
                }
            }
            out.add(rehash(event));
        }
        return out;
    }

    /** Replaces a checkpoint's key and signature in its details with {@code key}'s. */
    static void resign(ObjectNode details, KeyPair key) {
        Checkpoint old = Checkpoint.fromMap(CanonicalJson.MAPPER.convertValue(details, new TypeReference<Map<String, Object>>() {}));
        Checkpoint signed = Checkpoint.sign(old.session(), old.upTo(), old.hash(), old.isFinal(), key);
        details.put("publicKey", signed.publicKey());
        details.put("signature", signed.signature());
    }

    static int indexOfType(List<ObjectNode> events, String type, int nth) {
        int seen = 0;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).get(LogEvents.TYPE).asText().equals(type) && seen++ == nth) {
                return i;
            }
        }
        throw new IllegalArgumentException("No " + type + " number " + nth);
    }
}
