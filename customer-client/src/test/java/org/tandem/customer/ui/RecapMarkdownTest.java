package org.tandem.customer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.customer.ui.RecapDocument.Block;
import org.tandem.customer.ui.RecapDocument.Kind;
import org.tandem.shared.log.LogReader;
import org.tandem.shared.log.RecapGenerator;
import org.tandem.shared.log.SessionLogVerifier;

/** The recap the generator writes comes back as its blocks, without any Markdown left in the words. */
class RecapMarkdownTest {
    @TempDir
    Path dir;

    @Test
    void theGeneratorsRecapReadsBackAsTitleFieldsHeadingsItemsAndFooter() throws Exception {
        Path log = RecordedConversation.write(dir);
        String markdown = new RecapGenerator(ZoneOffset.UTC).markdown(LogReader.read(log), SessionLogVerifier.verify(log),
                RecapGenerator.Viewpoint.CUSTOMER);

        RecapDocument recap = RecapMarkdown.parse(markdown);

        assertTrue(recap.title().startsWith("Your support session on "), recap.title());
        assertEquals(new Block(Kind.FIELD, "Who helped you", "Dana Scully of Contoso Support (verified)"),
                recap.blocks().get(1));
        assertEquals(List.of("The plan", "What you were asked to allow", "What was done", "Messages", "How it ended",
                "What comes next"), texts(recap, Kind.HEADING));
        List<String> items = texts(recap, Kind.ITEM);
        assertTrue(items.containsAll(List.of("Look at the printer queue: done", "Restart the print spooler: done",
                "Reinstall the driver: skipped", "Is everything working now? — you said yes.",
                "Your rating: 5 of 5 — “Quick and friendly”.")), items.toString());
        assertTrue(items.stream().anyMatch(item -> item.endsWith("You: Thank you, the *printer* works again!")),
                "escaped stars are the customer's own words again: " + items);
        assertTrue(texts(recap, Kind.PARAGRAPH).contains(
                "You asked to be contacted again: next Monday morning — “Check the scanner”."));
        assertEquals(List.of("This record was checked and is intact."), texts(recap, Kind.FOOTER));
        for (Block block : recap.blocks()) {
            assertFalse(block.text().startsWith("#") || block.text().contains("**") || block.text().contains("\\"),
                    "markup left in " + block);
        }
    }

    @Test
    void plainTextKeepsEveryWordWithoutMarkup() {
        RecapDocument recap = RecapMarkdown.parse("""
                # Your support session
                **Who helped you:** Dana \\*Scully\\* \s

                ## The plan

                - Step 1\\. done

                Nothing more\\.

                ---

                *This record was checked and is intact.*
                """);

        assertEquals("""
                Your support session
                ====================

                Who helped you: Dana *Scully*

                The plan
                --------
                - Step 1. done
                Nothing more.

                This record was checked and is intact.
                """, recap.plainText());
    }

    @Test
    void aMessageOfSeveralLinesStaysOneItemWithItsLineBreaks() {
        RecapDocument recap = RecapMarkdown.parse("""
                ## Messages

                - 09:15 You: it still does not print\\!\\! please hurry \s
                  \\- second line
                - 09:18 Dana Scully: On my way.

                ## How it ended
                """);

        assertEquals(List.of("09:15 You: it still does not print!! please hurry\n- second line", "09:18 Dana Scully: On my way."),
                texts(recap, Kind.ITEM));
        assertEquals(List.of(), texts(recap, Kind.PARAGRAPH), "the second line is not a paragraph of its own");
        assertTrue(recap.plainText().contains("- 09:15 You: it still does not print!! please hurry\n  - second line\n"),
                recap.plainText());
    }

    private static List<String> texts(RecapDocument recap, Kind kind) {
        return recap.blocks().stream().filter(block -> block.kind() == kind).map(Block::text).toList();
    }
}
