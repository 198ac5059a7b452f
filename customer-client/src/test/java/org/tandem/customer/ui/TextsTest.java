package org.tandem.customer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tandem.customer.consent.ConsentRequest;
import org.tandem.shared.conversation.ChatLine;
import org.tandem.shared.conversation.StepState;
import org.tandem.shared.testing.WordsInCode;

/**
 * The customer's windows take every word from their bundle: no words written into a window's code,
 * and every key asked for is in the bundle.
 */
class TextsTest {
    private static final Path UI = Path.of("src", "main", "java", "org", "tandem", "customer", "ui");
    /** Files whose strings are not shown as text: font file names. */
    private static final Set<String> NO_WORDS_SHOWN = Set.of("RecapFontFiles.java");

    private final ResourceBundle bundle = ResourceBundle.getBundle("org.tandem.customer.ui.messages", Locale.ENGLISH);

    @Test
    void noWindowHoldsWordsOfItsOwn() {
        List<String> found = new ArrayList<>();
        for (Path file : WordsInCode.sources(UI)) {
            if (!NO_WORDS_SHOWN.contains(file.getFileName().toString())) {
                WordsInCode.wordsIn(WordsInCode.codeOf(file)).forEach(words -> found.add(file.getFileName() + ":" + words));
            }
        }
        assertEquals(List.of(), found, "words to move into messages.properties");
    }

    @Test
    void theCheckFindsWordsLeftInAView() {
        String view = """
                Label title = new Label("Get help from your technician");
                connect.setTooltip(new Tooltip("Connect" ));
                Button allow = new Button(yesOrNo ? "_Yes" : Texts.get("consent.allow"));
                status.setText(waiting + " more questions are waiting.");
                LOG.warn("Could not connect to {}: {}", relay,
                        "the relay did not answer"); // the log, in English
                button.setId("connectButton");
                share.setId(prefix + "ShareButton");
                info.setCreator("Tandem");
                """;

        assertEquals(List.of("1 \"Get help from your technician\"", "2 \"Connect\"", "3 \"_Yes\"",
                "4 \" more questions are waiting.\""), WordsInCode.wordsIn(view));
    }

    @Test
    void everyKeyAskedForIsInTheBundle() {
        List<String> used = new ArrayList<>();
        for (Path file : WordsInCode.sources(UI)) {
            used.addAll(WordsInCode.keysIn(WordsInCode.codeOf(file), bundle));
        }
        assertTrue(used.size() > 100, "the keys are found: " + used.size());
        assertEquals(List.of(), WordsInCode.missingFrom(bundle, used, TextsTest::completed));
    }

    /** The keys a prefix completed at run time can become. */
    private static List<String> completed(String prefix) {
        Stream<? extends Enum<?>> values = switch (prefix) {
            case "plan.state." -> Stream.of(StepState.values());
            case "chat.mark." -> Stream.of(ChatLine.Mark.values());
            case "recap.fileType." -> Stream.of(RecapViewModel.Format.values());
            case "consent.windowTitle." -> Stream.of(ConsentRequest.Kind.values());
            default -> throw new AssertionError("Say what completes the key " + prefix);
        };
        return values.map(value -> prefix + value.name()).toList();
    }
}
