package org.tandem.customer.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.shared.log.LogEntry;
import org.tandem.shared.log.LogReader;
import org.tandem.shared.log.LogVerification;
import org.tandem.shared.log.RecapGenerator;
import org.tandem.shared.log.SessionLogVerifier;

/**
 * The recap of the session that just ended, from the customer's own log: made, saved (HTML,
 * Markdown, PDF) and handed to the mail program on the worker, never on the FX thread. The window
 * shows {@link #documentProperty()} and {@link #statusProperty()}.
 */
final class RecapViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(RecapViewModel.class);

    /** The forms the recap can be saved in. */
    enum Format {
        HTML("html"), MARKDOWN("md"), PDF("pdf");

        final String extension;

        Format(String extension) {
            this.extension = extension;
        }
    }

    /** Opens the desktop's mail program on a {@code mailto:} link; false when this computer has none. */
    interface MailHandler {
        boolean compose(java.net.URI mailto) throws IOException;
    }

    /** Shows a folder in the desktop's file manager; false (or an exception) when this computer cannot. */
    interface FolderOpener {
        boolean open(Path folder) throws IOException;
    }

    private final Executor fx;
    private final Executor worker;
    private final RecapGenerator generator;
    private final MailHandler mail;
    private final FolderOpener folders;
    private final Supplier<RecapFontFiles> fonts;
    private final ReadOnlyObjectWrapper<RecapDocument> document = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    /** A window is opened for a recap about to be made: it is being prepared from the start. */
    private final ReadOnlyBooleanWrapper preparing = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper folderShown = new ReadOnlyStringWrapper("");
    private volatile String markdown = "";
    private volatile String html = "";
    private volatile Path log;

    RecapViewModel(Executor fx, Executor worker, RecapGenerator generator, MailHandler mail, FolderOpener folders) {
        this(fx, worker, generator, mail, folders, RecapFontFiles::onThisComputer);
    }

    /** With the fonts the PDF is written in, looked for when it is saved. */
    RecapViewModel(Executor fx, Executor worker, RecapGenerator generator, MailHandler mail, FolderOpener folders,
            Supplier<RecapFontFiles> fonts) {
        this.fonts = Objects.requireNonNull(fonts, "fonts");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.worker = Objects.requireNonNull(worker, "worker");
        this.generator = Objects.requireNonNull(generator, "generator");
        this.mail = Objects.requireNonNull(mail, "mail");
        this.folders = Objects.requireNonNull(folders, "folders");
    }

    /** Makes the recap of this closed log, on the worker. */
    void load(Path closedLog) {
        log = closedLog;
        ready.set(false);
        problem.set("");
        preparing.set(true);
        worker.execute(() -> {
            try {
                List<LogEntry> entries = LogReader.read(closedLog);
                LogVerification integrity = SessionLogVerifier.verify(closedLog);
                // The customer's own log, so the customer's copy, whatever the log's lines say.
                String md = generator.markdown(entries, integrity, RecapGenerator.Viewpoint.CUSTOMER);
                String page = generator.html(entries, integrity, RecapGenerator.Viewpoint.CUSTOMER);
                RecapDocument parsed = RecapMarkdown.parse(md);
                markdown = md;
                html = page;
                fx.execute(() -> {
                    document.set(parsed);
                    preparing.set(false);
                    ready.set(true);
                });
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not make the recap of {}", closedLog, e);
                fx.execute(() -> {
                    preparing.set(false);
                    problem.set(Texts.get("recap.failed", closedLog.getParent()));
                });
            }
        });
    }

    /** Writes the recap to {@code target} in {@code format}, on the worker; the status says how it went. */
    void save(Format format, Path target) {
        if (!ready.get()) {
            return;
        }
        RecapDocument shown = document.get();
        status.set(Texts.get("recap.saving"));
        worker.execute(() -> {
            try {
                Set<String> undrawn = Set.of();
                switch (format) {
                    case HTML -> Files.writeString(target, html);
                    case MARKDOWN -> Files.writeString(target, markdown);
                    case PDF -> undrawn = new RecapPdfWriter(fonts.get()).write(shown, target);
                }
                LOG.info("Saved the recap as {} to {}", format, target);
                String saved = undrawn.isEmpty() ? Texts.get("recap.saved", target)
                        : Texts.get("recap.savedWithout", target, String.join(" ", undrawn));
                fx.execute(() -> status.set(saved));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not save the recap to {}", target, e);
                fx.execute(() -> status.set(Texts.get("recap.notSaved", target)));
            }
        });
    }

    /** Opens the customer's mail program with the recap as plain text; the status says when there is none. */
    void email() {
        if (!ready.get()) {
            return;
        }
        RecapDocument shown = document.get();
        java.net.URI link = RecapMail.uri(Texts.get("recap.mail.subject", shown.title()), shown.plainText());
        status.set(Texts.get("recap.mail.opening"));
        worker.execute(() -> {
            boolean opened;
            try {
                opened = mail.compose(link);
            } catch (IOException | RuntimeException e) {
                LOG.warn("The mail program could not be opened", e);
                opened = false;
            }
            boolean done = opened;
            fx.execute(() -> status.set(Texts.get(done ? "recap.mail.opened" : "recap.mail.none")));
        });
    }

    /**
     * Opens the folder of the session's record in the file manager, on the worker. When it cannot be
     * opened, the status says so and {@link #folderShownProperty()} holds where it is.
     */
    void openFolder() {
        Path where = recordFolder();
        if (where == null) {
            return;
        }
        worker.execute(() -> {
            boolean opened;
            try {
                opened = folders.open(where);
            } catch (IOException | RuntimeException e) {
                LOG.warn("The folder {} could not be opened", where, e);
                opened = false;
            }
            boolean done = opened;
            fx.execute(() -> {
                status.set(done ? "" : Texts.get("recap.folder.none"));
                folderShown.set(done ? "" : where.toString());
            });
        });
    }

    /** Where the record is, for the customer to copy, once the folder could not be opened; else empty. */
    ReadOnlyStringProperty folderShownProperty() {
        return folderShown.getReadOnlyProperty();
    }

    /** The name the save dialog starts with: "tandem-session-recap.pdf". */
    String suggestedFileName(Format format) {
        Path current = log;
        Path folder = current == null ? null : current.getParent();
        // The session's folder is named by the session, which the recap names too ("mention session …").
        String session = folder == null || folder.getFileName() == null ? ""
                : folder.getFileName().toString().replaceAll("[^A-Za-z0-9-]", "");
        return "tandem-session-recap" + (session.isEmpty() ? "" : "-" + session) + "." + format.extension;
    }

    /** The folder holding the session's record, or null before a log is known. */
    Path recordFolder() {
        Path current = log;
        return current == null ? null : current.getParent();
    }

    ReadOnlyObjectProperty<RecapDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    /** Saving, emailing, opening the folder: what happened last, in a sentence; empty when there is nothing to say. */
    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True until the recap is shown or found impossible to make: the window shows progress meanwhile. */
    ReadOnlyBooleanProperty preparingProperty() {
        return preparing.getReadOnlyProperty();
    }

    /** Why there is no recap, in a sentence, where the recap would be; empty while there is no such problem. */
    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }
}
