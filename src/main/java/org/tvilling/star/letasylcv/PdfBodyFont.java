package org.tvilling.star.letasylcv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
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

    /** Read from the jar once; each document uses a parsed copy of its own, as a parsed font is not thread-safe. */
    private static final byte[] BYTES = read();

    /**
     * Parsed copies that no document is using. Parsing the font took an eighth of a PDF request's CPU; a copy
     * serves one document at a time (PDFBox neither changes nor closes a font it embeds as a subset), then the
     * next. At most this many are kept; more are parsed while more documents are rendered at once.
     */
    private static final BlockingQueue<TrueTypeFont> IDLE =
            new ArrayBlockingQueue<>(2 * Runtime.getRuntime().availableProcessors());

    /** The code points the font has a glyph for, taken once from its Unicode cmap. */
    private static final BitSet GLYPHS = coverage();

    private PdfBodyFont() {}

    /**
     * A copy of the font for one document, to be {@linkplain #release released} after the document has been
     * saved. Its GSUB table is switched off: PDFBox would otherwise turn letter pairs into ligature glyphs on every
     * line it writes, which costs more than the rest of the layout together and leaves the drawn width unlike the
     * measured one.
     */
    static TrueTypeFont acquire() throws IOException {
        TrueTypeFont idle = IDLE.poll();
        if (idle != null) {
            return idle;
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(BYTES));
        font.setEnableGsub(false);
        return font;
    }

    /** Takes back a copy after its document has been saved: kept for the next document, or closed. */
    static void release(TrueTypeFont font) throws IOException {
        if (!IDLE.offer(font)) {
            font.close();
        }
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
