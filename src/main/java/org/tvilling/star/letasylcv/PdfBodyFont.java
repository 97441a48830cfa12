package org.tvilling.star.letasylcv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The Unicode TrueType font PDFBox ships (Liberation Sans), embedded as a subset: names and free texts in the CV
 * may hold any Latin letter (and Greek, Cyrillic, Hebrew), not only the WinAnsi ones of the Standard 14 fonts.
 */
final class PdfBodyFont {

    private static final String RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    /** Read from the jar once; each document parses its own copy, as a parsed font is not safe to share. */
    private static final byte[] BYTES = read();

    /** The code points the font has a glyph for, taken once from its Unicode cmap. */
    private static final BitSet GLYPHS = coverage();

    private PdfBodyFont() {}

    /**
     * A fresh copy of the font, to be closed after the document that embeds it has been saved. Its GSUB table is
     * switched off: PDFBox would otherwise turn letter pairs into ligature glyphs on every line it writes, which
     * costs more than the rest of the layout together and leaves the drawn width unlike the measured one.
     */
    static TrueTypeFont parse() throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(BYTES));
        font.setEnableGsub(false);
        return font;
    }

    /**
     * Tabs become spaces; a character the font has no glyph for (Arabic script in a name, say) becomes '?', as
     * PDFBox refuses to write text it cannot draw. Line breaks are the caller's business and must be gone.
     */
    static String printable(String text) {
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (codePoint == '\t') {
                printable.append(' ');
            } else if (GLYPHS.get(codePoint)) {
                printable.appendCodePoint(codePoint);
            } else {
                printable.append('?');
            }
        });
        return printable.toString();
    }

    private static byte[] read() {
        try (InputStream font = PDDocument.class.getResourceAsStream(RESOURCE)) {
            if (font == null) {
                throw new IllegalStateException("PDFBox ships no " + RESOURCE);
            }
            return font.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BitSet coverage() {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(BYTES))) {
            CmapLookup unicode = font.getUnicodeCmapLookup();
            BitSet glyphs = new BitSet();
            for (int glyph = 1; glyph < font.getNumberOfGlyphs(); glyph++) {
                List<Integer> codePoints = unicode.getCharCodes(glyph);
                if (codePoints != null) {
                    codePoints.forEach(glyphs::set);
                }
            }
            return glyphs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
