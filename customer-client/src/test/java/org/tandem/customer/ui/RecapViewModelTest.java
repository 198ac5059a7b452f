package org.tandem.customer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.shared.log.RecapGenerator;

/** The recap is made, saved in three forms and handed to the mail program, all off the FX thread. */
class RecapViewModelTest {
    @TempDir
    Path dir;

    private final List<URI> mailed = new ArrayList<>();
    private boolean mailProgram = true;
    private final List<Path> opened = new ArrayList<>();
    private boolean fileManager = true;
    private IOException folderFailure;
    private RecapViewModel recap;
    private Path log;

    @BeforeEach
    void makeRecap() throws Exception {
        log = RecordedConversation.write(dir);
        recap = new RecapViewModel(Runnable::run, Runnable::run, new RecapGenerator(ZoneOffset.UTC), uri -> {
            mailed.add(uri);
            return mailProgram;
        }, folder -> {
            opened.add(folder);
            if (folderFailure != null) {
                throw folderFailure;
            }
            return fileManager;
        });
        recap.load(log);
    }

    @Test
    void theRecapOfTheCustomersOwnLogIsReady() {
        assertTrue(recap.readyProperty().get());
        assertFalse(recap.preparingProperty().get());
        assertEquals("", recap.problemProperty().get());
        assertEquals("", recap.statusProperty().get());
        assertTrue(recap.documentProperty().get().title().startsWith("Your support session on "));
        assertEquals(dir, recap.recordFolder());
    }

    @Test
    void savesMarkdownHtmlAndAPdfThatHoldTheSameWords() throws IOException {
        Path md = dir.resolve("recap.md");
        Path html = dir.resolve("recap.html");
        Path pdf = dir.resolve("recap.pdf");
        recap.save(RecapViewModel.Format.MARKDOWN, md);
        recap.save(RecapViewModel.Format.HTML, html);
        recap.save(RecapViewModel.Format.PDF, pdf);

        assertTrue(Files.readString(md).startsWith("# Your support session on "));
        assertTrue(Files.readString(md).contains("- Reinstall the driver: skipped"));
        assertTrue(Files.readString(html).contains("<li>Reinstall the driver: skipped</li>"));
        assertEquals("Saved to " + pdf, recap.statusProperty().get());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Your support session on "), text);
            assertTrue(text.contains("Who helped you: Dana Scully of Contoso Support (verified)"), text);
            assertTrue(text.contains("Reinstall the driver: skipped"), text);
            assertTrue(text.contains("Your rating: 5 of 5"), text);
        }
    }

    @Test
    void aSavedRecapIsOfferedUnderTheSessionItTellsOfNotOneNameForEverySession() throws Exception {
        Path session = Files.createDirectories(dir.resolve("sessions").resolve("f975df6da8c00761"));
        Path kept = Files.copy(log, session.resolve("customer.log"));
        recap.load(kept);
        assertEquals("tandem-session-recap-f975df6da8c00761.pdf", recap.suggestedFileName(RecapViewModel.Format.PDF));
        assertEquals("tandem-session-recap-f975df6da8c00761.html", recap.suggestedFileName(RecapViewModel.Format.HTML));
    }

    @Test
    void aFolderThatCannotBeWrittenIsSaidInPlainWords() {
        Path nowhere = dir.resolve("no-such-folder").resolve("recap.pdf");
        recap.save(RecapViewModel.Format.PDF, nowhere);

        assertEquals("The recap could not be saved to " + nowhere + ". Check that the folder exists and that you may "
                + "write to it, then try again.", recap.statusProperty().get());
    }

    @Test
    void emailOpensTheMailProgramWithSubjectAndThePlainTextRecap() {
        recap.email();

        URI link = mailed.get(0);
        assertEquals("mailto", link.getScheme());
        String raw = link.getRawSchemeSpecificPart();
        String subject = URLDecoder.decode(raw.substring(raw.indexOf("subject=") + 8, raw.indexOf("&body=")),
                StandardCharsets.UTF_8);
        String body = URLDecoder.decode(raw.substring(raw.indexOf("&body=") + 6), StandardCharsets.UTF_8);
        assertTrue(subject.startsWith("Tandem: Your support session on "), subject);
        assertTrue(body.contains("Who helped you: Dana Scully of Contoso Support (verified)\r\n"), body);
        assertTrue(body.contains("- Reinstall the driver: skipped"), body);
        assertFalse(body.contains("**"), "no Markdown in the email");
        assertEquals("Your email program has a new message with the recap. Add your address and send it.",
                recap.statusProperty().get());
    }

    @Test
    void withoutAMailProgramTheCustomerIsToldToSaveInstead() {
        mailProgram = false;
        recap.email();

        assertEquals("This computer has no email program set up to open mail links. Save the recap as a file "
                + "instead, then attach it to an email.", recap.statusProperty().get());
    }

    @Test
    void openFolderOpensTheFolderOfTheRecord() {
        recap.openFolder();

        assertEquals(List.of(dir), opened);
        assertEquals("", recap.folderShownProperty().get());
    }

    @Test
    void whenTheFolderCannotBeOpenedTheCustomerIsToldWhereItIs() {
        fileManager = false;
        recap.openFolder();

        assertEquals("This computer could not open the folder. The recap and the session's record are in the folder"
                + " below: you can copy its location.", recap.statusProperty().get());
        assertEquals(dir.toString(), recap.folderShownProperty().get());
    }

    @Test
    void aFileManagerThatFailsIsToldInPlainWordsWithTheLocation() {
        folderFailure = new IOException("Error opening URI: No application is registered as handling this file");
        recap.openFolder();

        assertFalse(recap.statusProperty().get().contains("No application"), recap.statusProperty().get());
        assertTrue(recap.statusProperty().get().startsWith("This computer could not open the folder."));
        assertEquals(dir.toString(), recap.folderShownProperty().get());
    }

    @Test
    void aLogThatCannotBeReadGivesAPlainSentenceAndNothingToSave() throws IOException {
        Path broken = dir.resolve("other").resolve("customer.log");
        Files.createDirectories(broken.getParent());
        Files.writeString(broken, "not a session log\n");
        RecapViewModel other = new RecapViewModel(Runnable::run, Runnable::run, new RecapGenerator(ZoneOffset.UTC),
                uri -> true, folder -> true);
        other.load(broken);

        assertFalse(other.readyProperty().get());
        assertFalse(other.preparingProperty().get());
        assertEquals("The recap could not be made from this session's record. The record itself is kept in "
                + broken.getParent() + ".", other.problemProperty().get());
    }
}
