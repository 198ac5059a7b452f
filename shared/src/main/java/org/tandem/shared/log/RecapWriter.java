package org.tandem.shared.log;

/**
 * The few shapes a recap is made of, so that {@link RecapGenerator} says everything once and the
 * Markdown and HTML forms only differ in how they write it. All text passed in is plain text; each
 * form escapes it.
 */
interface RecapWriter {
    void title(String text);

    /** A labelled line near the top: "Who helped you: …". */
    void field(String label, String value);

    void heading(String text);

    /** One point of a list under the last heading; a line break in it ("\n") is kept. */
    void item(String text);

    void paragraph(String text);

    /** The closing line, set apart from the rest. */
    void footer(String text);

    String text();
}
