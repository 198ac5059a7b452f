package org.tandem.shared.log;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A log file cut into its complete lines. Bytes after the last newline are a line the writer did
 * not finish (it writes each line with its newline, then fsyncs), so they are set apart.
 *
 * @param lines       the complete lines, without their newline
 * @param partialTail whether bytes follow the last newline
 */
record LogLines(List<byte[]> lines, boolean partialTail) {

    static LogLines read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lines.add(Arrays.copyOfRange(bytes, start, i));
                start = i + 1;
            }
        }
        return new LogLines(lines, start < bytes.length);
    }

    /** Strict UTF-8: a damaged byte is an error, not a replacement character. */
    static String decode(byte[] line) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(line))
                .toString();
    }
}
