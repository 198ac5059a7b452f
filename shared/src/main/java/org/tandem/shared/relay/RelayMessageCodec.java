package org.tandem.shared.relay;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads and writes relay messages as JSON lines (UTF-8, {@code \n}), at most {@link #MAX_LINE_BYTES}
 * a line. Reading never consumes a byte past the newline, because the bytes after {@code paired}
 * belong to the end-to-end session, not to the relay envelope.
 */
public final class RelayMessageCodec {
    public static final int MAX_LINE_BYTES = 4096;

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Encodes one message as a JSON line, newline included. */
    public byte[] encode(RelayMessage message) {
        try {
            byte[] json = mapper.writerFor(RelayMessage.class).writeValueAsBytes(message);
            byte[] line = new byte[json.length + 1];
            System.arraycopy(json, 0, line, 0, json.length);
            line[json.length] = '\n';
            return line;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot encode " + message, e);
        }
    }

    /** Parses one line (without its newline). */
    public RelayMessage decode(byte[] line) throws RelayProtocolException {
        if (line.length > MAX_LINE_BYTES) {
            throw new RelayProtocolException("Line longer than " + MAX_LINE_BYTES + " bytes");
        }
        String text = new String(line, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            throw new RelayProtocolException("Empty line");
        }
        RelayMessage message;
        try {
            message = mapper.readValue(text, RelayMessage.class);
        } catch (InvalidTypeIdException e) {
            throw new RelayProtocolException("Unknown message type", e);
        } catch (JsonParseException e) {
            throw new RelayProtocolException("Not valid JSON", e);
        } catch (IOException | IllegalArgumentException e) {
            // Jackson's own text names its classes; people read a plain reason, the log the cause.
            throw new RelayProtocolException("Not a relay message", e);
        }
        // Jackson maps a bare JSON null to a null object instead of failing.
        if (message == null) {
            throw new RelayProtocolException("Not a relay message: null");
        }
        return message;
    }

    public void write(OutputStream out, RelayMessage message) throws IOException {
        out.write(encode(message));
        out.flush();
    }

    /**
     * Reads one message; empty when the stream ended cleanly before any byte of a new line.
     *
     * @throws RelayProtocolException on an over-long line, a line cut short, or bad JSON
     */
    public Optional<RelayMessage> read(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (line.size() == 0) {
                    return Optional.empty();
                }
                throw new RelayProtocolException("Connection closed in the middle of a line");
            }
            if (b == '\n') {
                return Optional.of(decode(line.toByteArray()));
            }
            if (line.size() == MAX_LINE_BYTES) {
                throw new RelayProtocolException("Line longer than " + MAX_LINE_BYTES + " bytes");
            }
            line.write(b);
        }
    }
}
