package org.tandem.shared.action;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tandem.shared.action.ActionResult.Outcome;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.ProtocolException;
import org.tandem.shared.message.SessionMessageCodec;
import org.tandem.shared.wire.RecordReader;

class ActionMessagesTest {
    /** Three bytes of UTF-8, the most a character within the rules costs. */
    private static final String WIDE = "€";

    private final SessionMessageCodec codec = new SessionMessageCodec();

    @Test
    void theLargestResultFitsOneRecord() throws ProtocolException {
        List<String> columns = Collections.nCopies(ActionTable.MAX_COLUMNS, WIDE.repeat(5));
        int cellChars = (ActionTable.BUDGET - 40) / (ActionTable.MAX_ROWS * ActionTable.MAX_COLUMNS);
        List<List<String>> rows = Collections.nCopies(ActionTable.MAX_ROWS,
                Collections.nCopies(ActionTable.MAX_COLUMNS, WIDE.repeat(cellChars)));
        ActionTable table = new ActionTable(columns, rows, 5);
        String summary = WIDE.repeat(ActionResult.MAX_SUMMARY);
        int lineChars = (ActionText.MESSAGE_BUDGET - summary.length() - table.chars()) / ActionResult.MAX_LINES;
        List<String> lines = Collections.nCopies(ActionResult.MAX_LINES, WIDE.repeat(lineChars));
        ActionResult result = new ActionResult("r".repeat(64), Outcome.UNAVAILABLE, Integer.MIN_VALUE, summary, lines,
                Integer.MAX_VALUE, table);

        byte[] encoded = codec.encode(new ControlMessage.ActionFinished(result));

        assertTrue(encoded.length <= RecordReader.MAX_PLAINTEXT, encoded.length + " bytes");
        assertEquals(new ControlMessage.ActionFinished(result), codec.decode(encoded));
    }

    @Test
    void theLargestCatalogFitsOneRecord() throws ProtocolException {
        int perAction = ActionText.MESSAGE_BUDGET / ControlMessage.ActionCatalog.MAX_ACTIONS;
        List<ActionDescriptor> actions = new ArrayList<>();
        for (int i = 0; i < ControlMessage.ActionCatalog.MAX_ACTIONS; i++) {
            List<ParameterSpec> parameters = IntStream.range(0, ActionDescriptor.MAX_PARAMETERS)
                    .mapToObj(p -> new ParameterSpec("p" + p, WIDE.repeat(20), ParameterSpec.Kind.PATH_LIST, false))
                    .toList();
            String id = "action-" + i;
            int room = perAction - id.length() - parameters.stream().mapToInt(ParameterSpec::chars).sum();
            int title = Math.min(120, room / 3);
            int touches = (room - title) / 2;
            actions.add(new ActionDescriptor(id, WIDE.repeat(title), ActionRisk.CHANGE, WIDE.repeat(touches),
                    true, false, WIDE.repeat(room - title - touches), parameters));
        }
        ControlMessage.ActionCatalog catalog = new ControlMessage.ActionCatalog(WIDE.repeat(100), actions);

        byte[] encoded = codec.encode(catalog);

        assertTrue(encoded.length <= RecordReader.MAX_PLAINTEXT, encoded.length + " bytes");
        assertEquals(catalog, codec.decode(encoded));
    }

    @Test
    void theLargestRequestFitsOneRecord() {
        Map<String, String> parameters = Map.of("a", WIDE.repeat(ActionRequest.MAX_VALUE_CHARS),
                "b", WIDE.repeat(ActionRequest.MAX_TOTAL_CHARS - ActionRequest.MAX_VALUE_CHARS));
        byte[] encoded = codec.encode(new ControlMessage.ActionRequested(new ActionRequest("r1", "scan", parameters)));
        assertTrue(encoded.length <= RecordReader.MAX_PLAINTEXT, encoded.length + " bytes");
    }

    @Test
    void aFittedResultKeepsTheLastLinesAndCountsTheRest() {
        List<String> lines = IntStream.rangeClosed(1, 1000).mapToObj(i -> "line " + i).toList();

        ActionResult result = ActionResult.fitted("r1", Outcome.SUCCEEDED, 0, "Done.", lines, 50, ActionTable.EMPTY);

        assertEquals(ActionResult.MAX_LINES, result.lines().size());
        assertEquals("line 801", result.lines().get(0));
        assertEquals("line 1000", result.lines().get(ActionResult.MAX_LINES - 1));
        assertEquals(850, result.omittedLines());
    }

    @Test
    void aFittedResultCleansAndCutsWhatItKeeps() {
        String noisy = "\u001b[31mred\u001b[0m\tand\rmore" + "x".repeat(1000);

        ActionResult result = ActionResult.fitted("r1", Outcome.FAILED, 2, "Bad\u0000summary " + "y".repeat(900),
                List.of(noisy), 0, ActionTable.EMPTY);

        String line = result.lines().get(0);
        assertEquals(ActionResult.MAX_LINE, line.length());
        assertTrue(line.startsWith(" [31mred [0m and more"), line);
        assertTrue(line.endsWith("…"), line);
        assertEquals(ActionResult.MAX_SUMMARY, result.summary().length());
        assertTrue(result.summary().startsWith("Bad summary"));
    }

    @Test
    void aFittedResultLeavesRoomForItsTable() {
        ActionTable table = ActionTable.fitting(List.of("Name"),
                Collections.nCopies(5000, List.of("x".repeat(100))), ActionTable.BUDGET);
        List<String> lines = Collections.nCopies(1000, "z".repeat(300));

        ActionResult result = ActionResult.fitted("r1", Outcome.SUCCEEDED, 0, "Done.", lines, 0, table);

        assertEquals(119, table.rows().size());
        assertEquals(4881, table.omittedRows());
        assertTrue(result.summary().length() + result.lines().size() * 300 + table.chars() <= ActionText.MESSAGE_BUDGET);
        assertEquals(1000, result.lines().size() + result.omittedLines());
    }

    @Test
    void aFittingTableStopsAtTheRowLimit() {
        ActionTable table = ActionTable.fitting(List.of("n"), Collections.nCopies(500, List.of("1")), ActionTable.BUDGET);
        assertEquals(ActionTable.MAX_ROWS, table.rows().size());
        assertEquals(300, table.omittedRows());
    }

    @Test
    void cleanNeverSplitsASurrogatePair() {
        String emoji = "🛠".repeat(10);
        String cleaned = ActionText.clean(emoji, 6);
        assertEquals("🛠🛠…", cleaned);
    }

    static Stream<String> hostileJson() {
        String result = "{\"type\":\"action-finished\",\"result\":{\"requestId\":\"r1\",\"outcome\":\"SUCCEEDED\","
                + "\"exitStatus\":0,\"summary\":\"ok\",\"lines\":%s,\"omittedLines\":%s,\"table\":%s}}";
        String table = "{\"columns\":[\"a\"],\"rows\":[[\"1\"]],\"omittedRows\":0}";
        String descriptor = "{\"id\":\"%s\",\"title\":\"t\",\"risk\":\"READ\",\"touches\":\"x\",\"cancellable\":false,"
                + "\"available\":%s,\"unavailableReason\":\"%s\",\"parameters\":[]}";
        return Stream.of(
                "{\"type\":\"action-requested\",\"request\":null}",
                "{\"type\":\"action-requested\"}",
                "{\"type\":\"action-requested\",\"request\":{\"requestId\":\"r 1\",\"actionId\":\"x\",\"parameters\":{}}}",
                "{\"type\":\"action-requested\",\"request\":{\"requestId\":\"r1\",\"actionId\":\"Bad_Id\",\"parameters\":{}}}",
                "{\"type\":\"action-requested\",\"request\":{\"requestId\":\"r1\",\"actionId\":\"x\",\"parameters\":{\"p\":\"a\\u0000b\"}}}",
                "{\"type\":\"action-requested\",\"request\":{\"requestId\":\"r1\",\"actionId\":\"x\",\"parameters\":{\"-p\":\"a\"}}}",
                "{\"type\":\"action-requested\",\"request\":{\"requestId\":\"r1\",\"actionId\":\"x\",\"parameters\":{\"p\":[\"a\"]}}}",
                "{\"type\":\"action-requested\",\"request\":{\"requestId\":\"r1\",\"actionId\":\"x\",\"parameters\":{\"p\":\""
                        + "a".repeat(ActionRequest.MAX_VALUE_CHARS + 1) + "\"}}}",
                "{\"type\":\"action-requested\",\"request\":{\"requestId\":\"r1\",\"actionId\":\"x\",\"parameters\":{},\"sudo\":true}}",
                "{\"type\":\"action-progressed\",\"progress\":{\"requestId\":\"r1\",\"percent\":101,\"line\":\"\"}}",
                "{\"type\":\"action-progressed\",\"progress\":{\"requestId\":\"r1\",\"percent\":-2,\"line\":\"\"}}",
                "{\"type\":\"action-progressed\",\"progress\":{\"requestId\":\"r1\",\"percent\":5,\"line\":\"a\\nb\"}}",
                "{\"type\":\"action-consent-asked\",\"requestId\":\"r1\",\"promptText\":\"" + "a".repeat(1001) + "\"}",
                "{\"type\":\"action-cancel\",\"requestId\":\"" + "r".repeat(65) + "\"}",
                "{\"type\":\"action-started\",\"requestId\":\"\"}",
                String.format(result, "[\"a\\u001b[31m\"]", "0", table),
                String.format(result, "[]", "-1", table),
                String.format(result, "[" + String.join(",", Collections.nCopies(201, "\"x\"")) + "]", "0", table),
                String.format(result, "[\"" + "x".repeat(301) + "\"]", "0", table),
                String.format(result, "[]", "0", "{\"columns\":[\"a\"],\"rows\":[[\"1\",\"2\"]],\"omittedRows\":0}"),
                String.format(result, "[]", "0", "{\"columns\":[\"a\"],\"rows\":[[\"1\"]],\"omittedRows\":-3}"),
                String.format(result, "[]", "0", "null"),
                String.format(result, "[]", "0", "{\"columns\":[\"a\"],\"rows\":["
                        + String.join(",", Collections.nCopies(150, "[\"" + "x".repeat(120) + "\"]")) + "],\"omittedRows\":0}"),
                "{\"type\":\"action-finished\",\"result\":{\"requestId\":\"r1\",\"outcome\":\"EXPLODED\",\"exitStatus\":0,"
                        + "\"summary\":\"ok\",\"lines\":[],\"omittedLines\":0,\"table\":" + table + "}}",
                "{\"type\":\"action-catalog\",\"os\":\"Linux\",\"actions\":[" + String.format(descriptor, "a", "true", "")
                        + "," + String.format(descriptor, "a", "true", "") + "]}",
                "{\"type\":\"action-catalog\",\"os\":\"Linux\",\"actions\":[" + String.format(descriptor, "a", "true", "why") + "]}",
                "{\"type\":\"action-catalog\",\"os\":\"Linux\",\"actions\":[" + String.format(descriptor, "a", "false", "") + "]}",
                "{\"type\":\"action-catalog\",\"os\":\"Linux\",\"actions\":["
                        + String.join(",", IntStream.range(0, 25).mapToObj(i -> String.format(descriptor, "a" + i, "true", "")).toList())
                        + "]}");
    }

    @ParameterizedTest
    @MethodSource("hostileJson")
    void hostileActionMessagesAreRefused(String json) {
        byte[] message = new byte[json.getBytes(UTF_8).length + 1];
        message[0] = 1;
        System.arraycopy(json.getBytes(UTF_8), 0, message, 1, message.length - 1);
        assertThrows(ProtocolException.class, () -> codec.decode(message));
    }

    @Test
    void aResultOverTheBudgetIsRefused() {
        List<String> lines = Collections.nCopies(ActionResult.MAX_LINES, "x".repeat(ActionResult.MAX_LINE));
        assertThrows(IllegalArgumentException.class, () ->
                new ActionResult("r1", Outcome.SUCCEEDED, 0, "", lines, 0, ActionTable.EMPTY));
    }

    @Test
    void onlyScansAndChangesNeedConsent() {
        assertEquals(List.of(false, true, true), Stream.of(ActionRisk.values()).map(ActionRisk::needsConsent).toList());
    }
}
