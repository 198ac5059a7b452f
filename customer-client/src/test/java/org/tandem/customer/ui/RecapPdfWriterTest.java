package org.tandem.customer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.customer.conversation.CustomerConversation;
import org.tandem.shared.conversation.StepState;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.log.LogReader;
import org.tandem.shared.log.RecapGenerator;
import org.tandem.shared.log.SessionLogVerifier;
import org.tandem.shared.log.SessionLogWriter;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.session.SessionLogbook;

/**
 * The recap PDF keeps every letter of names, chat and program names in Greek, Cyrillic, Polish and
 * Chinese, read back with PDFBox's text extraction; without a Unicode font it says which it lost.
 */
class RecapPdfWriterTest {
    private static final String TECHNICIAN = "Γιώργος Παπαδόπουλος";
    private static final String ORGANISATION = "Служба поддержки";
    private static final String STEP = "Odinstaluj „Zażółć gęślą jaźń” i 微信";
    private static final String FROM_TECHNICIAN = "你好，我是王小明。Сейчас перезапущу принтер.";
    private static final String FROM_CUSTOMER = "Ευχαριστώ! Dziękuję bardzo, Łódź.";

    @TempDir
    Path dir;

    private RecapDocument recap;
    private Path log;

    @BeforeEach
    void recordASessionInManyScripts() throws Exception {
        log = dir.resolve("customer.log");
        SessionLogWriter writer = SessionLogWriter.create(log, "482-7f3c9a", "customer",
                KeyPairGenerator.getInstance("Ed25519").generateKeyPair(), 20, Clock.systemUTC());
        SessionLogbook book = new SessionLogbook(writer, "customer");
        book.record("customer", new JournalEvent.SessionConnected("482", ""));
        book.record("customer", new JournalEvent.IdentityVerified(TECHNICIAN, ORGANISATION,
                TECHNICIAN + ", " + ORGANISATION + " — verified"));
        ConversationFixture fixture = new ConversationFixture(book, new CustomerConversation.Listener() { });
        CustomerConversation talk = fixture.conversation;
        talk.handle(new ControlMessage.PlanUpdated(1, List.of(ConversationFixture.step("s1", STEP, StepState.DONE))));
        talk.handle(new ControlMessage.ChatSent("0b6f3c1e-8d2a-4f5b-9c7e-1a2b3c4d5e6f", FROM_TECHNICIAN));
        talk.sendChat(FROM_CUSTOMER);
        writer.finish();
        writer.close();
        String markdown = new RecapGenerator(ZoneOffset.UTC).markdown(LogReader.read(log), SessionLogVerifier.verify(log),
                RecapGenerator.Viewpoint.CUSTOMER);
        recap = RecapMarkdown.parse(markdown);
    }

    @Test
    void namesChatAndProgramsInGreekCyrillicPolishAndChineseAreReadBackWhole() throws IOException {
        RecapFontFiles fonts = RecapFontFiles.onThisComputer();
        assertTrue(fonts.regular().isPresent() && fonts.wide().isPresent(),
                "a Unicode font and a wide fallback are installed (Debian: fonts-dejavu-core, fonts-droid-fallback): " + fonts);
        Path pdf = dir.resolve("recap.pdf");

        Set<String> undrawn = new RecapPdfWriter(fonts).write(recap, pdf);

        assertEquals(Set.of(), undrawn);
        String text = extracted(pdf);
        assertTrue(text.contains("Who helped you: " + TECHNICIAN + " of " + ORGANISATION + " (verified)"), text);
        assertTrue(text.contains(STEP + ": done"), text);
        assertTrue(text.contains(FROM_TECHNICIAN), text);
        assertTrue(text.contains(FROM_CUSTOMER), text);
        assertTrue(text.contains("Your support session on "), text);
        assertTrue(!text.contains("?"), text);
    }

    @Test
    void withoutUnicodeFontsTheLostCharactersAreNamedAndTheRestIsKept() throws IOException {
        Path pdf = dir.resolve("standard.pdf");

        Set<String> undrawn = new RecapPdfWriter(RecapFontFiles.in(List.of(dir))).write(recap, pdf);

        assertTrue(undrawn.containsAll(Set.of("Γ", "С", "你", "微", "ł")), undrawn.toString());
        // Helvetica has the Latin letters of Polish that Windows-1252 holds, and loses the others.
        assertTrue(!undrawn.contains("ó") && !undrawn.contains("D"), undrawn.toString());
        String text = extracted(pdf);
        assertTrue(text.contains("Your support session on "), text);
        assertTrue(text.contains("Dzi?kuj? bardzo, ?ód?."), text);
    }

    @Test
    void theFontsAreFoundInTheFoldersGivenAndBelow() throws IOException {
        Path deep = java.nio.file.Files.createDirectories(dir.resolve("truetype").resolve("dejavu"));
        for (String name : List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "arial.ttf", "DroidSansFallbackFull.ttf")) {
            java.nio.file.Files.writeString(deep.resolve(name), "");
        }

        RecapFontFiles found = RecapFontFiles.in(List.of(dir.resolve("no-such-folder"), dir));

        assertEquals(deep.resolve("DejaVuSans.ttf"), found.regular().orElseThrow());
        assertEquals(deep.resolve("DejaVuSans-Bold.ttf"), found.bold().orElseThrow());
        assertTrue(found.italic().isEmpty(), found.toString());
        assertEquals(deep.resolve("DroidSansFallbackFull.ttf"), found.wide().orElseThrow());
    }

    @Test
    void aFontFileThatCannotBeReadIsPassedOver() throws IOException {
        Path broken = dir.resolve("DejaVuSans.ttf");
        java.nio.file.Files.writeString(broken, "not a font");
        RecapFontFiles fonts = RecapFontFiles.in(List.of(dir));
        Path pdf = dir.resolve("broken-font.pdf");

        Set<String> undrawn = new RecapPdfWriter(fonts).write(recap, pdf);

        assertTrue(undrawn.contains("Γ"), undrawn.toString());
        assertTrue(extracted(pdf).contains("Your support session on "));
    }

    @Test
    void theCustomerIsToldWhichLettersThePdfCouldNotShow() {
        RecapViewModel model = new RecapViewModel(Runnable::run, Runnable::run, new RecapGenerator(ZoneOffset.UTC),
                uri -> true, folder -> true, RecapFontFiles::none);
        model.load(log);
        Path pdf = dir.resolve("told.pdf");

        model.save(RecapViewModel.Format.PDF, pdf);

        String status = model.statusProperty().get();
        assertTrue(status.startsWith("Saved to " + pdf + ". This computer has no font for some letters ("), status);
        assertTrue(status.contains(" Γ ") && status.endsWith("), so they show as \"?\" in the PDF. The HTML file shows "
                + "them all."), status);
    }

    @Test
    void aMessageOfSeveralLinesKeepsItsLineBreaks() throws IOException {
        Path pdf = dir.resolve("lines.pdf");
        RecapDocument lines = new RecapDocument(List.of(
                new RecapDocument.Block(RecapDocument.Kind.HEADING, "", "Messages"),
                new RecapDocument.Block(RecapDocument.Kind.ITEM, "", "09:15 You: please hurry\nsecond line")));

        new RecapPdfWriter(RecapFontFiles.onThisComputer()).write(lines, pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> text = new PDFTextStripper().getText(document).lines().map(String::strip).toList();
            assertTrue(text.contains("second line") && text.stream().anyMatch(line -> line.endsWith("You: please hurry")),
                    text.toString());
        }
    }

    private static String extracted(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
