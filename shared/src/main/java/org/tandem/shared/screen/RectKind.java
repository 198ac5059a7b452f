package org.tandem.shared.screen;

/** How one rectangle inside a screen update's payload is carried; the code is its first byte. */
enum RectKind {
    /** One colour: 3 bytes RGB. */
    SOLID,
    /** Pixels copied from elsewhere on the viewer's picture: u16 sourceX, u16 sourceY. */
    COPY,
    /** Two colours: background and foreground RGB, then one bit per pixel, rows padded to a byte, high bit first. */
    BITMAP,
    /**
     * 3 to 127 colours: u8 count, the colours in RGB, then runs column by column (each column top to
     * bottom, the columns left to right): an index, or an index with bit 7 set followed by the run's
     * length less one in bytes of 255 and a last byte under 255 (as RFB's ZRLE). Column order because
     * in a strip of text each glyph's pixels then lie together, so a glyph seen before compresses to a
     * reference to it; in row order its rows lie apart.
     */
    PALETTE_COLUMNS,
    /** Full colour: RGB row by row, each byte less the same byte of the pixel to its left. */
    RAW,
    /**
     * A photographic region, lossy: u24 length, then that many bytes of a baseline JPEG of exactly
     * the rectangle's size. Sent only when the viewer asked for a lossy {@link ScreenQuality}.
     */
    JPEG,
    /**
     * No body: the pixels that copies covered at these places, as the viewer kept them (see
     * {@link CoveredPixels}); what a dragged window uncovers again.
     */
    RESTORE;

    private static final RectKind[] BY_CODE = values();

    int code() {
        return ordinal();
    }

    /** The kind with this code, or null. */
    static RectKind ofCode(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }
}
