package org.tandem.shared.message;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionProgress;
import org.tandem.shared.action.ActionRequest;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionRisk;
import org.tandem.shared.action.ActionTable;
import org.tandem.shared.action.ParameterSpec;
import org.tandem.shared.message.ControlMessage.Role;

class SessionMessageCodecTest {
    private final SessionMessageCodec codec = new SessionMessageCodec();

    // ---- control messages ----

    static Stream<ControlMessage> controlMessages() {
        return Stream.of(
                new ControlMessage.Hello(Protocol.VERSION, Role.CUSTOMER, "Ana"),
                new ControlMessage.Hello(7, Role.TECHNICIAN, "Jörg Ødegård, Contoso Support — Tier 2 🛠"),
                new ControlMessage.Hello(1, Role.CUSTOMER, ""),
                new ControlMessage.ScreenShareStarted(1920, 1080),
                new ControlMessage.ScreenShareStarted(ScreenUpdate.MAX_SCREEN_SIDE, 1),
                ControlMessage.ScreenShareStopped.byCustomer("The customer paused sharing the screen."),
                ControlMessage.ScreenShareStopped.byTandem("The customer's screen could not be captured."),
                new ControlMessage.ScreenRefresh(),
                new ControlMessage.ScreenMonitors(List.of(new ControlMessage.Monitor(0, 0, 1280, 800),
                        new ControlMessage.Monitor(1280, -100, 1024, 768)), 0, 2304, 900),
                new ControlMessage.ScreenMonitors(List.of(new ControlMessage.Monitor(-1920, 0, 1920, 1080)), 1, 1920, 1080),
                new ControlMessage.ScreenSwitch(2),
                new ControlMessage.ScreenSwitch(ControlMessage.ScreenMonitors.ALL),
                new ControlMessage.ScreenQualityRequest("low"),
                new ControlMessage.ScreenQualityRequest("lossless"),
                new ControlMessage.SessionEnd("Done, thanks!\nLine two \"quoted\""),
                new ControlMessage.SessionEnd("x".repeat(500)),
                new ControlMessage.SessionEnd("The technician ended the session.", "technician-closed-window"),
                new ControlMessage.ControlRequest(),
                new ControlMessage.ControlRequestWithdrawn(),
                new ControlMessage.ControlGranted(),
                new ControlMessage.ControlDenied("The customer chose not to give control."),
                new ControlMessage.ControlDenied(""),
                new ControlMessage.ControlDenied("The customer did not answer.", true),
                ControlMessage.ControlDenied.toWithdrawal("The technician withdrew the request before you answered."),
                ControlMessage.ControlRevoked.byCustomer("The customer took back control."),
                ControlMessage.ControlRevoked.byTandem("The customer paused sharing the screen."),
                new ControlMessage.ControlReleased(),
                ControlMessage.ControlPaused.byCustomer("The customer is using the mouse."),
                ControlMessage.ControlPaused.byTandem("A Tandem window is in the way on the customer's screen."),
                new ControlMessage.ControlResumed(),
                new ControlMessage.LogCheckpoint(java.util.Map.of("session", "a1b2c3d4e5f60718", "upTo", 42, "final", "true")),
                new ControlMessage.ActionCatalog("Debian GNU/Linux 12 (bookworm)", List.of(
                        new ActionDescriptor("system-info", "Show system information", ActionRisk.READ,
                                "Reads the operating system, processor, memory, disks and network; changes nothing.",
                                false, true, "", List.of()),
                        new ActionDescriptor("uninstall-program", "Uninstall a program", ActionRisk.CHANGE,
                                "Removes the one program you name, and nothing else.", false, false,
                                "Removing programs needs administrator rights.",
                                List.of(new ParameterSpec("program", "Program to remove", ParameterSpec.Kind.PROGRAM, true))))),
                new ControlMessage.ActionCatalog("", List.of()),
                new ControlMessage.ActionRequested(new ActionRequest("r-1", "uninstall-program", java.util.Map.of("program", "foo"))),
                new ControlMessage.ActionRequested(new ActionRequest("r-2", "system-info", java.util.Map.of())),
                new ControlMessage.ActionConsentAsked("r-1",
                        "Uninstall “foo” version 1.2 (3 MB).\nThis removes the program from this computer."),
                new ControlMessage.ActionStarted("r-1"),
                new ControlMessage.ActionProgressed(new ActionProgress("r-1", 42, "/home/ana/Downloads/setup.exe: OK")),
                new ControlMessage.ActionProgressed(new ActionProgress("r-1", ActionProgress.UNKNOWN, "")),
                new ControlMessage.ActionFinished(ActionResult.of("r-1", ActionResult.Outcome.DENIED, "The customer said no.")),
                new ControlMessage.ActionFinished(new ActionResult("r-3", ActionResult.Outcome.SUCCEEDED, 0,
                        "1 program matches “foo”.", List.of("Removing foo (1.2) ..."), 3,
                        new ActionTable(List.of("Name", "Version", "Size"), List.of(List.of("foo", "1.2", "3 MB")), 0))),
                new ControlMessage.ActionCancel("r-1"),
                new ControlMessage.PlanUpdated(3, List.of(
                        new org.tandem.shared.conversation.PlanStep("s1", "Restart the spooler", "It clears the queue.",
                                "end-process", org.tandem.shared.conversation.StepState.DONE),
                        new org.tandem.shared.conversation.PlanStep("s2", "Print a test page", "", "",
                                org.tandem.shared.conversation.StepState.NEEDS_OK))),
                ControlMessage.PlanStepAnswered.ok("s2"),
                ControlMessage.PlanStepAnswered.saidNo("s2"),
                ControlMessage.PlanStepAnswered.nobodyAnswered("s2"),
                ControlMessage.PlanStepAnswered.notAnswered("s2", "The customer paused sharing before they answered."),
                new ControlMessage.ChatSent("c-1", "Hello Zoë,\nthis is Dana."),
                new ControlMessage.ChatReceipt("c-1", true),
                new ControlMessage.ChatTyping(true),
                new ControlMessage.WorkingCheck(),
                new ControlMessage.WorkingAnswer("no answer"),
                ControlMessage.WorkingAnswer.notAnswered("The session ended before the customer answered."),
                new ControlMessage.RatingGiven(4, "Kind and quick"),
                new ControlMessage.FollowUpRequested("Friday after 5 pm", ""),
                new ControlMessage.Heartbeat(7, true),
                new ControlMessage.Numbered(42, new ControlMessage.ControlRequest()),
                new ControlMessage.Acknowledged(41));
    }

    @Test
    void aScreenQualityRequestNamesEveryQualityOfTheCodecAndNothingElse() throws Exception {
        assertEquals(ControlMessage.ScreenQualityRequest.QUALITIES,
                java.util.Arrays.stream(org.tandem.shared.screen.ScreenQuality.values())
                        .map(org.tandem.shared.screen.ScreenQuality::wireName).toList());
        byte[] unknown = codec.encode(new ControlMessage.ScreenQualityRequest("low"));
        String json = new String(unknown, 1, unknown.length - 1, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(json.contains("\"low\""), json);
        byte[] medium = json.replace("\"low\"", "\"medium\"").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] encoded = java.util.Arrays.copyOf(new byte[] {unknown[0]}, medium.length + 1);
        System.arraycopy(medium, 0, encoded, 1, medium.length);
        assertThrows(ProtocolException.class, () -> codec.decode(encoded));
    }

    @Test
    void samplesCoverEveryControlMessage() {
        Set<Class<?>> covered = controlMessages().map(Object::getClass).collect(Collectors.toSet());
        assertEquals(Set.of(ControlMessage.class.getPermittedSubclasses()), covered);
    }

    @ParameterizedTest
    @MethodSource("controlMessages")
    void everyControlMessageRoundTrips(ControlMessage message) throws Exception {
        byte[] encoded = codec.encode(message);

        int kind = message instanceof ControlMessage.Heartbeat ? SessionMessageCodec.KIND_HEARTBEAT
                : message instanceof ControlMessage.Acknowledged ? SessionMessageCodec.KIND_ACK
                : SessionMessageCodec.KIND_CONTROL;
        assertEquals(kind, encoded[0]);
        assertEquals(message, codec.decode(encoded));
    }

    @Test
    void controlMessagesAreJsonWithATypeProperty() {
        assertEquals("{\"type\":\"screen-refresh\"}", json(codec.encode(new ControlMessage.ScreenRefresh())));
        assertEquals("{\"type\":\"hello\",\"protocolVersion\":1,\"role\":\"TECHNICIAN\",\"displayName\":\"Bo\","
                        + "\"capabilities\":[],\"identityProof\":\"\"}",
                json(codec.encode(new ControlMessage.Hello(1, Role.TECHNICIAN, "Bo"))));
        assertEquals("{\"type\":\"screen-share-started\",\"width\":800,\"height\":600}",
                json(codec.encode(new ControlMessage.ScreenShareStarted(800, 600))));
        assertEquals("{\"type\":\"control-request\"}", json(codec.encode(new ControlMessage.ControlRequest())));
        assertEquals("{\"type\":\"control-revoked\",\"reason\":\"Stopped\",\"by\":\"customer\"}",
                json(codec.encode(ControlMessage.ControlRevoked.byCustomer("Stopped"))));
        assertEquals("{\"type\":\"control-request-withdrawn\"}",
                json(codec.encode(new ControlMessage.ControlRequestWithdrawn())));
        assertEquals("{\"type\":\"control-denied\",\"reason\":\"Withdrawn\",\"unanswered\":false,\"withdrawn\":true}",
                json(codec.encode(ControlMessage.ControlDenied.toWithdrawal("Withdrawn"))));
    }

    @Test
    void anEndSaysHowAndAnEndFromAnOlderVersionWithoutHowStillReads() throws Exception {
        assertEquals("{\"type\":\"session-end\",\"reason\":\"Bye\",\"how\":\"customer-ended\"}",
                json(codec.encode(new ControlMessage.SessionEnd("Bye", "customer-ended"))));
        byte[] older = concat(new byte[] {SessionMessageCodec.KIND_CONTROL},
                "{\"type\":\"session-end\",\"reason\":\"Bye\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(new ControlMessage.SessionEnd("Bye", ""), codec.decode(older));
    }

    @Test
    void everyControlMessageIsRegisteredWithJackson() {
        Set<Class<?>> registered = Arrays.stream(ControlMessage.class.getAnnotation(JsonSubTypes.class).value())
                .map(JsonSubTypes.Type::value)
                .collect(Collectors.toSet());
        Class<?>[] permitted = ControlMessage.class.getPermittedSubclasses();
        List<Executable> checks = new ArrayList<>();
        for (Class<?> type : permitted) {
            checks.add(() -> assertTrue(registered.contains(type),
                    type.getSimpleName() + " is missing from @JsonSubTypes on ControlMessage"));
            checks.add(() -> {
                JsonTypeName name = type.getAnnotation(JsonTypeName.class);
                assertNotNull(name, type.getSimpleName() + " has no @JsonTypeName");
                assertTrue(name.value().matches("[a-z]+(-[a-z]+)*"),
                        type.getSimpleName() + " has the type name '" + name.value() + "'");
            });
        }
        checks.add(() -> assertEquals(Set.of(permitted), registered, "@JsonSubTypes lists a class that is not a ControlMessage"));
        checks.add(() -> {
            List<String> names = Arrays.stream(permitted).map(t -> t.getAnnotation(JsonTypeName.class))
                    .filter(n -> n != null).map(JsonTypeName::value).toList();
            assertEquals(names.size(), Set.copyOf(names).size(), "type names repeat: " + names);
        });
        assertAll(checks);
    }

    // ---- screen updates ----

    static Stream<Named<ScreenUpdate>> screenUpdates() {
        return Stream.of(
                Named.of("no rectangles", new ScreenUpdate(0, 1, 1, true, false, 0, new byte[0])),
                Named.of("a new stream", new ScreenUpdate(1, 64, 48, true, true, 1, bytes(30, 1))),
                Named.of("part of a frame", new ScreenUpdate(2, 1366, 768, false, false, 40, bytes(100, 1))),
                Named.of("largest values", new ScreenUpdate(Integer.MAX_VALUE, ScreenUpdate.MAX_SCREEN_SIDE,
                        ScreenUpdate.MAX_SCREEN_SIDE, true, true, ScreenUpdate.MAX_RECTS, bytes(60_000, 2))));
    }

    @ParameterizedTest
    @MethodSource("screenUpdates")
    void everyScreenUpdateRoundTrips(ScreenUpdate update) throws Exception {
        byte[] encoded = codec.encode(update);

        assertEquals(SessionMessageCodec.KIND_SCREEN_UPDATE, encoded[0]);
        assertEquals(SessionMessageCodec.SCREEN_UPDATE_HEADER + update.payload().length, encoded.length);
        assertEquals(update, assertInstanceOf(ScreenUpdate.class, codec.decode(encoded)));
    }

    @Test
    void screenUpdateWireFormat() {
        ScreenUpdate update = new ScreenUpdate(0x01020304, 0x0500, 0x0300, true, true, 0x0102,
                new byte[] {(byte) 0xAA, (byte) 0xBB});

        byte[] expected = {
            2, // kind
            1, 2, 3, 4, // frameSeq
            5, 0, 3, 0, // screen 1280x768
            3, // flags: last of frame, new stream
            1, 2, // 258 rectangles
            0, 0, 0, 2, // payload length
            (byte) 0xAA, (byte) 0xBB // payload
        };
        assertArrayEquals(expected, codec.encode(update));
    }

    // ---- hostile input ----

    static Stream<Arguments> hostileScreenUpdates() {
        byte[] payload = {0, 0, 0, 3, 1, 2, 3};
        byte[] valid = update(7, 64, 48, 1, 1, payload);
        return Stream.of(
                hostile("empty message", new byte[0], "Empty"),
                hostile("kind 0", new byte[] {0}, "kind 0"),
                hostile("kind 9 with a payload", concat(new byte[] {9}, Arrays.copyOfRange(valid, 1, valid.length)), "kind 9"),
                hostile("kind 255", new byte[] {(byte) 0xFF}, "kind 255"),
                hostile("kind only", new byte[] {2}, "cut short"),
                hostile("header cut short", Arrays.copyOf(valid, 8), "cut short"),
                hostile("rectangle count cut short", Arrays.copyOf(valid, 11), "cut short"),
                hostile("payload length cut short", Arrays.copyOf(valid, 14), "cut short"),
                hostile("payload cut short", Arrays.copyOf(valid, valid.length - 1), "runs past"),
                hostile("payload length of 2^31 - 1", update(7, 64, 48, 1, 1, new byte[] {0x7F, -1, -1, -1, 1}), "runs past"),
                hostile("negative payload length", update(7, 64, 48, 1, 1, new byte[] {-1, -1, -1, -1, 1}), "runs past"),
                hostile("trailing byte", concat(valid, new byte[] {0}), "unexpected bytes"),
                hostile("a whole second update after the first", concat(valid, valid), "unexpected bytes"),
                hostile("flag bit 2", update(7, 64, 48, 4, 1, payload), "flags"),
                hostile("flag bit 7", update(7, 64, 48, 0x80, 1, payload), "flags"),
                hostile("screen width 0", update(7, 0, 48, 1, 0, new byte[4]), "out of range"),
                hostile("screen height 0", update(7, 64, 0, 1, 0, new byte[4]), "out of range"),
                hostile("screen side 16385", update(7, 16385, 48, 1, 0, new byte[4]), "out of range"),
                hostile("screen side 65535", update(7, 64, 0xFFFF, 1, 0, new byte[4]), "out of range"),
                hostile("negative frame number", update(0x80000000, 64, 48, 1, 0, new byte[4]), "frameSeq"));
    }

    static Stream<Arguments> hostileControlMessages() {
        return Stream.of(
                "",
                " ",
                "not json",
                "null",
                "[]",
                "42",
                "\"hello\"",
                "{}",
                "{\"type\":\"hello\"",
                "{\"type\":\"screen-refresh\"",
                "{\"type\":\"take-over\"}",
                "{\"type\":null}",
                "{\"type\":\"ScreenRefresh\"}",
                "{\"type\":\"frame-request\"}",
                "{\"type\":\"screen-refresh\",\"urgent\":true}",
                "{\"type\":\"hello\",\"protocolVersion\":1,\"role\":\"CUSTOMER\",\"displayName\":\"Ana\",\"admin\":true}",
                "{\"type\":\"hello\",\"protocolVersion\":1,\"role\":null,\"displayName\":\"Ana\"}",
                "{\"type\":\"hello\",\"protocolVersion\":1,\"role\":\"CUSTOMER\",\"displayName\":null}",
                "{\"type\":\"hello\",\"protocolVersion\":null,\"role\":\"CUSTOMER\",\"displayName\":\"Ana\"}",
                "{\"type\":\"hello\",\"protocolVersion\":1,\"role\":\"CUSTOMER\"}",
                "{\"type\":\"hello\",\"role\":\"CUSTOMER\",\"displayName\":\"Ana\"}",
                "{\"type\":\"hello\",\"protocolVersion\":0,\"role\":\"CUSTOMER\",\"displayName\":\"Ana\"}",
                "{\"type\":\"hello\",\"protocolVersion\":-1,\"role\":\"CUSTOMER\",\"displayName\":\"Ana\"}",
                "{\"type\":\"hello\",\"protocolVersion\":\"one\",\"role\":\"CUSTOMER\",\"displayName\":\"Ana\"}",
                "{\"type\":\"hello\",\"protocolVersion\":99999999999,\"role\":\"CUSTOMER\",\"displayName\":\"Ana\"}",
                "{\"type\":\"hello\",\"protocolVersion\":1,\"role\":\"ADMIN\",\"displayName\":\"Ana\"}",
                "{\"type\":\"hello\",\"protocolVersion\":1,\"role\":\"CUSTOMER\",\"displayName\":\"" + "a".repeat(201) + "\"}",
                "{\"type\":\"screen-share-started\",\"width\":0,\"height\":1080}",
                "{\"type\":\"screen-share-started\",\"width\":1920,\"height\":16385}",
                "{\"type\":\"screen-share-started\",\"width\":1920}",
                "{\"type\":\"screen-share-stopped\"}",
                "{\"type\":\"screen-share-stopped\",\"reason\":null}",
                "{\"type\":\"session-end\",\"reason\":\"" + "a".repeat(501) + "\"}",
                "{\"type\":\"session-end\",\"reason\":{\"text\":\"bye\"}}",
                "{\"type\":\"control-granted\",\"keys\":\"all\"}",
                "{\"type\":\"control-denied\"}",
                "{\"type\":\"control-denied\",\"reason\":\"\",\"unanswered\":true,\"withdrawn\":true}",
                "{\"type\":\"control-denied\",\"reason\":\"\",\"withdrawn\":null}",
                "{\"type\":\"control-denied\",\"reason\":\"\",\"withdrawn\":\"yes\"}",
                "{\"type\":\"control-request-withdrawn\",\"reason\":\"mistake\"}",
                "{\"type\":\"control-request-withdrawn\"} {\"type\":\"control-request-withdrawn\"}",
                "{\"type\":\"control-withdrawn\"}",
                "{\"type\":\"control-revoked\",\"reason\":null}",
                "{\"type\":\"plan-step-answered\",\"stepId\":\"s1\",\"ok\":false,\"unanswered\":true}",
                "{\"type\":\"working-answer\",\"answer\":\"no\"}",
                "{\"type\":\"working-answer\",\"answer\":\"not answered\",\"reason\":\"\"}",
                "{\"type\":\"working-answer\",\"answer\":\"no\",\"reason\":\"Sharing stopped.\"}",
                "{\"type\":\"working-answer\",\"answer\":\"maybe\",\"reason\":\"\"}",
                "{\"type\":\"plan-step-answered\",\"stepId\":\"s1\",\"ok\":true,\"unanswered\":true,\"reason\":\"\"}",
                "{\"type\":\"plan-step-answered\",\"stepId\":\"s1\",\"ok\":false,\"unanswered\":false,"
                        + "\"reason\":\"Sharing stopped.\"}",
                "{\"type\":\"plan-step-answered\",\"stepId\":\"s1\",\"ok\":false,\"unanswered\":true,"
                        + "\"reason\":\"" + "a".repeat(501) + "\"}",
                "{\"type\":\"control-revoked\",\"reason\":\"Stopped\"}",
                "{\"type\":\"screen-share-stopped\",\"reason\":\"Paused\"}",
                "{\"type\":\"screen-share-stopped\",\"reason\":\"Paused\",\"by\":\"technician\"}",
                "{\"type\":\"control-revoked\",\"reason\":\"Stopped\",\"by\":\"technician\"}",
                "{\"type\":\"control-revoked\",\"reason\":\"Stopped\",\"by\":null}",
                "{\"type\":\"control-paused\",\"reason\":\"" + "a".repeat(501) + "\",\"by\":\"customer\"}",
                "{\"type\":\"control-paused\",\"reason\":\"The customer is using the mouse.\"}",
                "{\"type\":\"control-paused\",\"reason\":\"Paused\",\"by\":\"technician\"}",
                "{\"type\":\"ControlGranted\"}",
                "{\"type\":\"screen-switch\",\"monitor\":-1}",
                "{\"type\":\"screen-switch\",\"monitor\":17}",
                "{\"type\":\"screen-monitors\",\"monitors\":[],\"shared\":0,\"width\":10,\"height\":10}",
                "{\"type\":\"screen-monitors\",\"monitors\":[{\"x\":0,\"y\":0,\"width\":10,\"height\":10}],"
                        + "\"shared\":2,\"width\":10,\"height\":10}",
                "{\"type\":\"screen-monitors\",\"monitors\":[{\"x\":0,\"y\":0,\"width\":0,\"height\":10}],"
                        + "\"shared\":1,\"width\":10,\"height\":10}",
                "{\"type\":\"screen-monitors\",\"monitors\":[" + "{\"x\":0,\"y\":0,\"width\":9,\"height\":9},".repeat(16)
                        + "{\"x\":0,\"y\":0,\"width\":9,\"height\":9}],\"shared\":1,\"width\":9,\"height\":9}",
                "{\"type\":\"screen-monitors\",\"monitors\":[{\"x\":0,\"y\":0,\"width\":10,\"height\":10}],"
                        + "\"shared\":1,\"width\":0,\"height\":10}",
                "{\"type\":\"screen-refresh\"} {\"type\":\"screen-refresh\"}",
                "{\"type\":\"screen-refresh\"}]",
                "{\"type\":\"session-end\",\"reason\":" + "[".repeat(100_000))
                .map(text -> hostile(abbreviate(text), concat(new byte[] {1}, text.getBytes(UTF_8)), "Malformed control message"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"hostileScreenUpdates", "hostileControlMessages", "hostileCredits", "hostileQuietMessages"})
    void hostileMessageIsAProtocolException(String name, byte[] message, String reason) {
        ProtocolException e = assertThrows(ProtocolException.class, () -> codec.decode(message));
        assertTrue(e.getMessage().contains(reason), () -> "'" + e.getMessage() + "' does not say '" + reason + "'");
    }

    @Test
    void controlMessageThatIsNotUtf8IsAProtocolException() {
        byte[] message = concat(new byte[] {1}, "{\"type\":\"session-end\",\"reason\":\"".getBytes(UTF_8),
                new byte[] {(byte) 0xC3, 0x28}, "\"}".getBytes(UTF_8));
        assertThrows(ProtocolException.class, () -> codec.decode(message));
    }

    @Test
    void everyUnassignedKindIsAProtocolException() {
        assertAll(IntStream.range(0, 256)
                .filter(kind -> kind != SessionMessageCodec.KIND_CONTROL && kind != SessionMessageCodec.KIND_SCREEN_UPDATE
                        && kind != SessionMessageCodec.KIND_INPUT && kind != SessionMessageCodec.KIND_POINTER
                        && kind != SessionMessageCodec.KIND_CREDIT && kind != SessionMessageCodec.KIND_INPUT_BATCH
                        && kind != SessionMessageCodec.KIND_HEARTBEAT && kind != SessionMessageCodec.KIND_ACK)
                .mapToObj(kind -> () -> {
                    ProtocolException e = assertThrows(ProtocolException.class, () -> codec.decode(new byte[] {(byte) kind, 0}));
                    assertTrue(e.getMessage().contains("kind " + kind), e.getMessage());
                }));
    }

    static Stream<Named<SessionMessage>> validMessages() {
        return Stream.of(
                Named.of("screen update", new ScreenUpdate(9, 640, 480, false, false, 2, bytes(40, 3))),
                Named.of("hello", new ControlMessage.Hello(1, Role.TECHNICIAN, "Bo")),
                Named.of("session end", new ControlMessage.SessionEnd("bye")),
                Named.of("frame credit", new FrameCredit(2)),
                Named.of("heartbeat", new ControlMessage.Heartbeat(300, true)),
                Named.of("acknowledgement", new ControlMessage.Acknowledged(70_000)),
                Named.of("credited key", InputBatch.of(1, new InputEvent.KeyStroke(org.tandem.shared.input.Key.ENTER, true))),
                Named.of("release and press", InputBatch.of(0, new InputEvent.KeyStroke(org.tandem.shared.input.Key.DOWN, false),
                        new InputEvent.KeyStroke(org.tandem.shared.input.Key.DOWN, true))),
                Named.of("credited text and a move", InputBatch.of(3, new InputEvent.TypedText("héllo"),
                        new InputEvent.PointerMove(7, 8))));
    }

    // ---- credits ----

    static Stream<SessionMessage> credits() {
        return Stream.of(
                new FrameCredit(1),
                new FrameCredit(FrameCredit.MAX_IN_FLIGHT),
                new FrameCredit(FrameCredit.MAX_FRAMES),
                InputBatch.of(1, new InputEvent.PointerMove(1919, 1079)),
                InputBatch.of(0, new InputEvent.PointerButton(5, 6, org.tandem.shared.input.MouseButton.PRIMARY, true)),
                InputBatch.of(FrameCredit.MAX_FRAMES, new InputEvent.Wheel(1, 2, -3, 4)),
                InputBatch.of(1, new InputEvent.KeyStroke(org.tandem.shared.input.Key.ENTER, false)),
                InputBatch.of(2, new InputEvent.TypedText("Grüße")),
                InputBatch.of(0, new InputEvent.TypedText("ab"), new InputEvent.TypedText("x")),
                new InputBatch(2, java.util.Collections.nCopies(InputBatch.MAX_EVENTS,
                        new InputEvent.KeyStroke(org.tandem.shared.input.Key.SPACE, false))));
    }

    @ParameterizedTest
    @MethodSource({"credits", "quietMessages"})
    void creditsBatchesHeartbeatsAndAcknowledgementsRoundTripInBinary(SessionMessage message) throws Exception {
        assertEquals(message, codec.decode(codec.encode(message)));
    }

    @Test
    void aCreditIsTwoBytesAndABatchIsItsEventsAfterTwo() {
        assertArrayEquals(new byte[] {SessionMessageCodec.KIND_CREDIT, 2}, codec.encode(new FrameCredit(2)));
        InputEvent release = new InputEvent.KeyStroke(org.tandem.shared.input.Key.DOWN, false);
        InputEvent press = new InputEvent.KeyStroke(org.tandem.shared.input.Key.DOWN, true);
        byte[] releaseAlone = codec.encode(release);
        byte[] pressAlone = codec.encode(press);
        byte[] batch = codec.encode(InputBatch.of(7, release, press));
        assertEquals(SessionMessageCodec.KIND_INPUT_BATCH, batch[0]);
        assertEquals(7, batch[1]);
        assertEquals(2, batch[2]);
        assertArrayEquals(concat(Arrays.copyOfRange(releaseAlone, 1, releaseAlone.length),
                Arrays.copyOfRange(pressAlone, 1, pressAlone.length)), Arrays.copyOfRange(batch, 3, batch.length));
    }

    // ---- heartbeats and acknowledgements ----

    static Stream<ControlMessage> quietMessages() {
        return Stream.of(new ControlMessage.Heartbeat(0, false), new ControlMessage.Heartbeat(1, true),
                new ControlMessage.Heartbeat(127, false), new ControlMessage.Heartbeat(128, true),
                new ControlMessage.Heartbeat(Long.MAX_VALUE, false), new ControlMessage.Heartbeat(-1, true),
                new ControlMessage.Heartbeat(Long.MIN_VALUE, false), new ControlMessage.Acknowledged(0),
                new ControlMessage.Acknowledged(300), new ControlMessage.Acknowledged(Long.MAX_VALUE));
    }

    @Test
    void aHeartbeatAndAnAcknowledgementTakeAFewBytes() {
        assertArrayEquals(new byte[] {SessionMessageCodec.KIND_HEARTBEAT, 1, 12},
                codec.encode(new ControlMessage.Heartbeat(12, true)));
        assertArrayEquals(new byte[] {SessionMessageCodec.KIND_HEARTBEAT, 0, (byte) 0x80, 1},
                codec.encode(new ControlMessage.Heartbeat(128, false)));
        assertArrayEquals(new byte[] {SessionMessageCodec.KIND_ACK, (byte) 0xAC, 2},
                codec.encode(new ControlMessage.Acknowledged(300)));
        assertEquals(2 + 10, codec.encode(new ControlMessage.Heartbeat(-1, false)).length, "the longest varint");
    }

    static Stream<Arguments> hostileQuietMessages() {
        byte[] ff = new byte[10];
        Arrays.fill(ff, (byte) 0xFF);
        return Stream.of(
                hostile("heartbeat without an id", new byte[] {7, 0}, "cut short"),
                hostile("heartbeat with a bad reply flag", new byte[] {7, 2, 1}, "reply flag 2"),
                hostile("heartbeat id not ended", new byte[] {7, 0, (byte) 0x81}, "cut short"),
                hostile("heartbeat id not in its shortest form", new byte[] {7, 0, (byte) 0x81, 0}, "shortest form"),
                hostile("heartbeat id over 64 bits", concat(new byte[] {7, 0}, ff, new byte[] {1}), "over 64 bits"),
                hostile("heartbeat id's tenth byte over 1", concat(new byte[] {7, 0},
                        Arrays.copyOf(ff, 9), new byte[] {2}), "over 64 bits"),
                hostile("heartbeat with a trailing byte", new byte[] {7, 0, 1, 0}, "unexpected bytes"),
                hostile("acknowledgement without a number", new byte[] {8}, "cut short"),
                hostile("acknowledgement of a negative number", concat(new byte[] {8}, Arrays.copyOf(ff, 9),
                        new byte[] {1}), "Malformed acknowledgement"),
                hostile("acknowledgement with a trailing byte", new byte[] {8, 5, 5}, "unexpected bytes"),
                hostile("heartbeat as JSON", concat(new byte[] {1},
                        "{\"type\":\"heartbeat\",\"id\":1,\"reply\":false}".getBytes(UTF_8)), "binary"),
                hostile("acknowledgement as JSON", concat(new byte[] {1},
                        "{\"type\":\"ack\",\"upTo\":1}".getBytes(UTF_8)), "binary"));
    }

    static Stream<Arguments> hostileCredits() {
        return Stream.of(
                hostile("credit without a count", new byte[] {5}, "cut short"),
                hostile("credit for no frames", new byte[] {5, 0}, "no frames"),
                hostile("credit with a trailing byte", new byte[] {5, 1, 0}, "unexpected bytes"),
                hostile("batch without credits", new byte[] {6}, "cut short"),
                hostile("batch without a count", new byte[] {6, 1}, "cut short"),
                hostile("batch of no events", new byte[] {6, 1, 0}, "0 events"),
                hostile("batch of too many events", new byte[] {6, 1, (byte) (InputBatch.MAX_EVENTS + 1)},
                        (InputBatch.MAX_EVENTS + 1) + " events"),
                hostile("batch with fewer events than it says", new byte[] {6, 1, 2, 1, 0, 1, 0, 1}, "cut short"),
                hostile("batch with an unknown event", new byte[] {6, 1, 1, 99}, "Unknown input event type"),
                hostile("batched move cut short", new byte[] {6, 1, 1, 1, 0, 1, 0}, "cut short"),
                hostile("batched move and a stray byte", new byte[] {6, 1, 1, 1, 0, 1, 0, 1, 9}, "unexpected bytes"),
                hostile("batched text past the end", new byte[] {6, 0, 1, 5, 0, 9, 'a'}, "runs past"));
    }

    @Test
    void aCreditIsForOneToTheMostFramesAndABatchHoldsOneToTheMostEvents() {
        assertThrows(IllegalArgumentException.class, () -> new FrameCredit(0));
        assertThrows(IllegalArgumentException.class, () -> new FrameCredit(FrameCredit.MAX_FRAMES + 1));
        assertThrows(IllegalArgumentException.class, () -> InputBatch.of(-1, new InputEvent.PointerMove(0, 0)));
        assertThrows(IllegalArgumentException.class, () -> InputBatch.of(FrameCredit.MAX_FRAMES + 1, new InputEvent.PointerMove(0, 0)));
        assertThrows(IllegalArgumentException.class, () -> InputBatch.of(1));
        assertThrows(IllegalArgumentException.class, () -> new InputBatch(0, java.util.Collections.nCopies(
                InputBatch.MAX_EVENTS + 1, new InputEvent.PointerMove(0, 0))));
        assertThrows(NullPointerException.class, () -> InputBatch.of(1, (InputEvent) null));
    }

    @ParameterizedTest
    @MethodSource("validMessages")
    void everyTruncationIsAProtocolException(SessionMessage message) {
        byte[] encoded = codec.encode(message);
        assertAll(IntStream.range(0, encoded.length).mapToObj(length -> () ->
                assertThrows(ProtocolException.class, () -> codec.decode(Arrays.copyOf(encoded, length)),
                        "cut to " + length + " bytes")));
    }

    @ParameterizedTest
    @MethodSource("validMessages")
    void everyFlippedBitDecodesOrIsAProtocolException(SessionMessage message) {
        byte[] encoded = codec.encode(message);
        for (int bit = 0; bit < encoded.length * 8; bit++) {
            byte[] corrupted = encoded.clone();
            corrupted[bit / 8] ^= (byte) (1 << (bit % 8));
            try {
                assertNotNull(codec.decode(corrupted), "bit " + bit + " decoded to null");
            } catch (ProtocolException expected) {
                // refused, as it should be when the flip breaks the format
            } catch (RuntimeException e) {
                fail("bit " + bit + " made decode throw " + e, e);
            }
        }
    }

    // ---- helpers ----

    private static Arguments hostile(String name, byte[] message, String reason) {
        return arguments(name, message, reason);
    }

    private static byte[] update(int frameSeq, int width, int height, int flags, int rectCount, byte[]... payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer header = ByteBuffer.allocate(12);
        header.put((byte) SessionMessageCodec.KIND_SCREEN_UPDATE).putInt(frameSeq)
                .putShort((short) width).putShort((short) height).put((byte) flags).putShort((short) rectCount);
        out.writeBytes(header.array());
        for (byte[] bytes : payload) {
            out.writeBytes(bytes);
        }
        return out.toByteArray();
    }

    private static String json(byte[] encoded) {
        return new String(encoded, 1, encoded.length - 1, UTF_8);
    }

    private static String abbreviate(String text) {
        String shown = text.length() > 80 ? text.substring(0, 77) + "..." : text;
        return "JSON " + (shown.isEmpty() ? "(empty)" : shown);
    }

    private static byte[] bytes(int size, int seed) {
        byte[] bytes = new byte[size];
        new java.util.Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
