package org.tandem.shared.log;

/** A recap as one self-contained HTML page: no scripts, no outside files, every text escaped. */
final class HtmlRecapWriter implements RecapWriter {
    private static final String STYLE = """
            body { font-family: system-ui, sans-serif; max-width: 44rem; margin: 2rem auto; padding: 0 1rem; \
            color: #1d2733; line-height: 1.5; }
            h1 { font-size: 1.6rem; border-bottom: 2px solid #2f6fb0; padding-bottom: .3rem; }
            h2 { font-size: 1.15rem; margin-top: 1.8rem; color: #2f6fb0; }
            .fields p { margin: .2rem 0; }
            .label { font-weight: 600; }
            li { margin: .25rem 0; }
            footer { margin-top: 2rem; padding-top: .8rem; border-top: 1px solid #c8d1db; color: #4a5866; \
            font-style: italic; }
            """;
    private final StringBuilder body = new StringBuilder();
    private String title = "";
    private boolean inList;
    private boolean inFields;

    @Override
    public void title(String text) {
        title = text;
        close();
        body.append("<h1>").append(escape(text)).append("</h1>\n");
    }

    @Override
    public void field(String label, String value) {
        if (!inFields) {
            close();
            body.append("<div class=\"fields\">\n");
            inFields = true;
        }
        body.append("<p><span class=\"label\">").append(escape(label)).append(":</span> ")
                .append(escape(value)).append("</p>\n");
    }

    @Override
    public void heading(String text) {
        close();
        body.append("<h2>").append(escape(text)).append("</h2>\n");
    }

    @Override
    public void item(String text) {
        if (!inList) {
            close();
            body.append("<ul>\n");
            inList = true;
        }
        body.append("<li>").append(String.join("<br>\n", text.lines().map(HtmlRecapWriter::escape).toList())).append("</li>\n");
    }

    @Override
    public void paragraph(String text) {
        close();
        body.append("<p>").append(escape(text)).append("</p>\n");
    }

    @Override
    public void footer(String text) {
        close();
        body.append("<footer>").append(escape(text)).append("</footer>\n");
    }

    @Override
    public String text() {
        close();
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n<main>\n"
                + body + "</main>\n</body>\n</html>\n";
    }

    private void close() {
        if (inList) {
            body.append("</ul>\n");
            inList = false;
        }
        if (inFields) {
            body.append("</div>\n");
            inFields = false;
        }
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
