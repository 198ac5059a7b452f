package org.tandem.relay.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The relay's audit log: one JSON object a line ({@code time}, {@code type}, then the fields),
 * appended to {@code audit.jsonl} in the data folder. When the file reaches its size limit it is
 * renamed {@code audit.jsonl.1} (older ones move up, the oldest is dropped) and a new one begun.
 * A write that fails is reported in the application log once and the relay carries on: the audit
 * log must never stop the relay from serving.
 */
public final class JsonLinesAuditLog implements AuditSink, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JsonLinesAuditLog.class);

    private final Path file;
    private final long maxBytes;
    private final int keep;
    private final Clock clock;
    private final ObjectMapper mapper = new ObjectMapper();
    private OutputStream out;
    private long size;
    private boolean failing;

    public JsonLinesAuditLog(Path file, long maxBytes, int keep, Clock clock) throws IOException {
        this.file = Objects.requireNonNull(file, "file");
        this.maxBytes = maxBytes;
        this.keep = keep;
        this.clock = Objects.requireNonNull(clock, "clock");
        open();
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void write(String type, Map<String, ?> fields) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("time", clock.instant().toString());
        event.put("type", type);
        event.putAll(fields);
        byte[] line;
        try {
            line = (mapper.writeValueAsString(event) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            LOG.error("Cannot write audit event {}: {}", type, e.getMessage());
            return;
        }
        try {
            if (out == null) {
                open();
            }
            if (size > 0 && size + line.length > maxBytes) {
                rotate();
            }
            out.write(line);
            out.flush();
            size += line.length;
            failing = false;
        } catch (IOException e) {
            if (!failing) {
                LOG.error("Cannot write the audit log {}: {}", file, e.getMessage());
                failing = true;
            }
            closeQuietly();
        }
    }

    @Override
    public synchronized void close() {
        closeQuietly();
    }

    private void open() throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        size = Files.size(file);
    }

    private void rotate() throws IOException {
        closeQuietly();
        Files.deleteIfExists(rotated(keep));
        for (int i = keep - 1; i >= 1; i--) {
            if (Files.exists(rotated(i))) {
                Files.move(rotated(i), rotated(i + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(file, rotated(1), StandardCopyOption.REPLACE_EXISTING);
        open();
    }

    private Path rotated(int n) {
        return file.resolveSibling(file.getFileName() + "." + n);
    }

    private void closeQuietly() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                LOG.debug("Closing the audit log: {}", e.getMessage());
            }
            out = null;
        }
    }
}
