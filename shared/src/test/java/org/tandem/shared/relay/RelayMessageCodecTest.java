package org.tandem.shared.relay;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RelayMessageCodecTest {
    private final RelayMessageCodec codec = new RelayMessageCodec();

    static Stream<Arguments> wireForms() {
        return Stream.of(
                arguments(new RelayMessage.Create(), "{\"type\":\"create\"}"),
                arguments(new RelayMessage.Created("482"), "{\"type\":\"created\",\"nameplate\":\"482\"}"),
                arguments(new RelayMessage.Join("482"), "{\"type\":\"join\",\"nameplate\":\"482\"}"),
                arguments(new RelayMessage.Resume("00112233445566778899aabbccddeeff"),
                        "{\"type\":\"resume\",\"token\":\"00112233445566778899aabbccddeeff\"}"),
                arguments(new RelayMessage.Paired(), "{\"type\":\"paired\"}"),
                arguments(new RelayMessage.Error(RelayMessage.Error.UNKNOWN_NAMEPLATE, "No session is waiting under 482"),
                        "{\"type\":\"error\",\"code\":\"unknown-nameplate\",\"message\":\"No session is waiting under 482\"}"),
                arguments(new RelayMessage.Error(RelayMessage.Error.RATE_LIMITED, "Wait", 60L),
                        "{\"type\":\"error\",\"code\":\"rate-limited\",\"message\":\"Wait\",\"retryAfterSeconds\":60}"),
                arguments(new RelayMessage.Created("4821393750"), "{\"type\":\"created\",\"nameplate\":\"4821393750\"}"),
                arguments(new RelayMessage.Closing(), "{\"type\":\"closing\"}"),
                arguments(new RelayMessage.Close(), "{\"type\":\"close\"}"));
    }

    @Test
    void wireFormsCoverEveryRelayMessage() {
        Set<Class<?>> covered = wireForms().map(a -> a.get()[0].getClass()).collect(Collectors.toSet());
        assertEquals(Set.of(RelayMessage.class.getPermittedSubclasses()), covered);
    }

    @ParameterizedTest
    @MethodSource("wireForms")
    void encodesEachMessageAsOneExactJsonLine(RelayMessage message, String json) {
        assertEquals(json + "\n", new String(codec.encode(message), UTF_8));
    }

    @ParameterizedTest
    @MethodSource("wireForms")
    void decodesEachExactWireForm(RelayMessage message, String json) throws Exception {
        assertEquals(message, codec.decode(json.getBytes(UTF_8)));
    }

    @ParameterizedTest
    @MethodSource("wireForms")
    void everyMessageRoundTripsThroughAStream(RelayMessage message) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        codec.write(out, message);
        codec.write(out, message);

        InputStream in = new ByteArrayInputStream(out.toByteArray());
        assertEquals(Optional.of(message), codec.read(in));
        assertEquals(Optional.of(message), codec.read(in));
        assertEquals(Optional.empty(), codec.read(in));
    }

    @Test
    void textOutsideAsciiRoundTrips() throws Exception {
        RelayMessage error = new RelayMessage.Error(RelayMessage.Error.EXPIRED, "Sitzung abgelaufen – bitte neu verbinden 🙂");
        assertEquals(Optional.of(error), codec.read(new ByteArrayInputStream(codec.encode(error))));
    }

    @Test
    void fieldsInAnyOrderAreAccepted() throws Exception {
        assertEquals(new RelayMessage.Join("482"), codec.decode(bytes("{\"nameplate\":\"482\",\"type\":\"join\"}")));
    }

    @Test
    void surroundingWhitespaceAndACarriageReturnAreAccepted() throws Exception {
        assertEquals(new RelayMessage.Paired(), codec.decode(bytes("  {\"type\":\"paired\"}\r")));
    }

    static Stream<String> malformedLines() {
        return Stream.of(
                "",
                "   ",
                "hello",
                "create",
                "\"create\"",
                "[]",
                "42",
                "null",
                "{}",
                "{\"type\":\"create\"",
                "{\"type\":\"frobnicate\"}",
                "{\"type\":null}",
                "{\"type\":42}",
                "{\"nameplate\":\"482\"}",
                "{\"type\":\"join\"}",
                "{\"type\":\"join\",\"nameplate\":null}",
                "{\"type\":\"join\",\"nameplate\":\"abc\"}",
                "{\"type\":\"join\",\"nameplate\":\"\"}",
                "{\"type\":\"join\",\"nameplate\":\"48 2\"}",
                "{\"type\":\"join\",\"nameplate\":\"-482\"}",
                "{\"type\":\"join\",\"nameplate\":\"12345678901\"}",
                "{\"type\":\"error\",\"code\":\"rate-limited\",\"message\":\"x\",\"retryAfterSeconds\":0}",
                "{\"type\":\"error\",\"code\":\"rate-limited\",\"message\":\"x\",\"retryAfterSeconds\":\"soon\"}",
                "{\"type\":\"join\",\"nameplate\":[\"482\"]}",
                "{\"type\":\"created\",\"nameplate\":\"x482\"}",
                "{\"type\":\"created\",\"nameplate\":\"482\",\"secret\":\"193775\"}",
                "{\"type\":\"create\",\"nameplate\":\"482\"}",
                "{\"type\":\"paired\",\"extra\":true}",
                "{\"type\":\"error\",\"code\":\"expired\"}",
                "{\"type\":\"error\",\"message\":\"Expired\"}",
                "{\"type\":\"error\",\"code\":null,\"message\":\"Expired\"}",
                "{\"type\":\"create\"} {\"type\":\"create\"}",
                "{\"type\":\"create\"}x",
                "{\"type\":\"create\"},",
                "{\"type\":\"create\"}}");
    }

    @ParameterizedTest
    @MethodSource("malformedLines")
    void malformedLineIsRefusedByDecode(String line) {
        assertThrows(RelayProtocolException.class, () -> codec.decode(bytes(line)));
    }

    @ParameterizedTest
    @MethodSource("malformedLines")
    void aRefusedLineIsDescribedWithoutTheParsersInternals(String line) {
        RelayProtocolException e = assertThrows(RelayProtocolException.class, () -> codec.decode(bytes(line)));

        assertFalse(e.getMessage().contains("jackson"), e.getMessage());
        assertFalse(e.getMessage().contains("RelayMessage"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("malformedLines")
    void malformedLineIsRefusedByRead(String line) {
        assertThrows(RelayProtocolException.class, () -> codec.read(new ByteArrayInputStream(bytes(line + "\n"))));
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[] line = {'{', '"', 't', 'y', 'p', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertThrows(RelayProtocolException.class, () -> codec.decode(line));
    }

    @ParameterizedTest
    @ValueSource(ints = {RelayMessageCodec.MAX_LINE_BYTES - 1, RelayMessageCodec.MAX_LINE_BYTES})
    void lineUpToTheLimitIsAccepted(int size) throws Exception {
        byte[] line = errorLineOfSize(size);
        RelayMessage expected = codec.decode(line);
        assertEquals(Optional.of(expected), codec.read(new ByteArrayInputStream(withNewline(line))));
    }

    @Test
    void lineOverTheLimitIsRefusedByDecode() {
        byte[] line = errorLineOfSize(RelayMessageCodec.MAX_LINE_BYTES + 1);
        assertThrows(RelayProtocolException.class, () -> codec.decode(line));
    }

    @Test
    void lineOverTheLimitIsRefusedByRead() {
        byte[] line = errorLineOfSize(RelayMessageCodec.MAX_LINE_BYTES + 1);
        RelayProtocolException e = assertThrows(RelayProtocolException.class,
                () -> codec.read(new ByteArrayInputStream(withNewline(line))));
        assertTrue(e.getMessage().contains("longer than"), e.getMessage());
    }

    @Test
    void endlessLineIsRefusedAfterTheLimitWithoutReadingOn() {
        CountingEndlessStream in = new CountingEndlessStream();
        assertThrows(RelayProtocolException.class, () -> codec.read(in));
        assertEquals(RelayMessageCodec.MAX_LINE_BYTES + 1, in.consumed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "{\"type\":\"create\"}", "{\"type\":\"paired\"}\r"})
    void lineCutOffBeforeTheNewlineIsRefused(String partial) {
        RelayProtocolException e = assertThrows(RelayProtocolException.class,
                () -> codec.read(new ByteArrayInputStream(bytes(partial))));
        assertTrue(e.getMessage().contains("middle of a line"), e.getMessage());
    }

    @Test
    void streamThatEndsBetweenLinesReadsAsEmpty() throws Exception {
        assertEquals(Optional.empty(), codec.read(new ByteArrayInputStream(new byte[0])));
    }

    @Test
    void readingStopsExactlyAtTheNewline() throws Exception {
        byte[] session = {0, 0, 0, 5, 1, '{', '\n', (byte) 0xFF, 0};
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        codec.write(wire, new RelayMessage.Paired());
        wire.write(session);
        ByteArrayInputStream in = new ByteArrayInputStream(wire.toByteArray());

        assertEquals(Optional.of(new RelayMessage.Paired()), codec.read(in));

        assertArrayEquals(session, in.readAllBytes());
    }

    @Test
    void readingStopsAtTheNewlineEvenWhenTheNextLineIsAlreadyThere() throws Exception {
        byte[] wire = bytes("{\"type\":\"created\",\"nameplate\":\"7\"}\n{\"type\":\"paired\"}\n");
        ByteArrayInputStream in = new ByteArrayInputStream(wire);

        assertEquals(Optional.of(new RelayMessage.Created("7")), codec.read(in));

        assertEquals("{\"type\":\"paired\"}\n", new String(in.readAllBytes(), UTF_8));
    }

    /** A valid error line of exactly {@code size} bytes. */
    private static byte[] errorLineOfSize(int size) {
        String prefix = "{\"type\":\"error\",\"code\":\"bad-request\",\"message\":\"";
        String suffix = "\"}";
        char[] padding = new char[size - prefix.length() - suffix.length()];
        Arrays.fill(padding, 'a');
        byte[] line = bytes(prefix + new String(padding) + suffix);
        assertEquals(size, line.length);
        return line;
    }

    private static byte[] withNewline(byte[] line) {
        byte[] out = Arrays.copyOf(line, line.length + 1);
        out[line.length] = '\n';
        return out;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

    /** A peer that sends one endless line; counts how much of it was read. */
    private static final class CountingEndlessStream extends InputStream {
        int consumed;

        @Override
        public int read() {
            consumed++;
            return 'a';
        }
    }
}
