package org.tvilling.star.letasylcv;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.jspecify.annotations.Nullable;

/**
 * Lays text out on A4 pages from top to bottom: wraps it to the width by measuring it, starts a new page at the
 * bottom margin, keeps headings with what follows them and numbers the pages at the end. One font for everything
 * (see {@link PdfBodyFont}); headings and labels are set bold by stroking the glyph outlines as well as filling
 * them, which keeps PDFBox from looking for a bold Standard 14 font among the system fonts.
 */
final class PdfTextFlow {

    static final PDRectangle PAGE = PDRectangle.A4;
    /** 20 mm on every side. */
    static final float MARGIN = 56.7f;

    static final float TEXT_WIDTH = PAGE.getWidth() - 2 * MARGIN;

    private static final float LABEL_WIDTH = 135f;
    private static final float BULLET_INDENT = 16f;

    private record Style(float size, float leading, float grey, boolean bold) {}

    private static final Style TITLE = new Style(20f, 26f, 0f, true);
    private static final Style SUBTITLE = new Style(14f, 19f, 0.25f, false);
    private static final Style HEADING = new Style(13f, 22f, 0.1f, true);
    private static final Style SUBHEADING = new Style(11.5f, 16f, 0f, true);
    private static final Style BODY = new Style(10f, 13.5f, 0f, false);
    private static final Style LABEL = new Style(9f, 13.5f, 0.35f, true);
    private static final Style NOTE = new Style(10f, 13.5f, 0.35f, false);
    private static final Style FOOTER = new Style(8f, 10f, 0.35f, false);

    private final PDDocument document;
    private final PDFont font;
    /**
     * Advance widths of {@link PdfBodyFont}'s glyphs by code point, shared by every document: a property of the
     * font program, measured once for all documents rather than once in each.
     */
    private static final Map<Integer, Float> GLYPH_WIDTHS = new ConcurrentHashMap<>();

    private final float spaceWidth;

    private @Nullable PDPageContentStream content;
    private float y;
    private boolean pageIsEmpty;

    PdfTextFlow(PDDocument document, PDFont font) throws IOException {
        this.document = document;
        this.font = font;
        this.spaceWidth = width(" ");
        newPage();
    }

    void title(@Nullable String text) throws IOException {
        lines(TITLE, MARGIN, TEXT_WIDTH, text);
    }

    void subtitle(@Nullable String text) throws IOException {
        lines(SUBTITLE, MARGIN, TEXT_WIDTH, text);
    }

    /** A section heading with a rule under it, kept on the page of the section's first entry. */
    void heading(String text) throws IOException {
        space(12f);
        ensureRoom(HEADING.leading() + SUBHEADING.leading() + 2 * BODY.leading());
        float baseline = y - HEADING.size();
        show(HEADING, MARGIN, baseline, PdfBodyFont.printable(text));
        PDPageContentStream page = page();
        page.setStrokingColor(0.6f);
        page.setLineWidth(0.5f);
        page.moveTo(MARGIN, baseline - 5f);
        page.lineTo(MARGIN + TEXT_WIDTH, baseline - 5f);
        page.stroke();
        y -= HEADING.leading();
    }

    /** The title of one entry of a collection (a course, an education, …), kept with the entry's first line. */
    void subheading(@Nullable String text) throws IOException {
        if (text == null || text.isBlank()) {
            return;
        }
        space(4f);
        ensureRoom(SUBHEADING.leading() + BODY.leading());
        lines(SUBHEADING, MARGIN, TEXT_WIDTH, text);
    }

    /** A label with its value beside it; an absent or blank value leaves the field out. */
    void field(String label, @Nullable String value) throws IOException {
        if (value == null || value.isBlank()) {
            return;
        }
        List<String> labelLines = wrap(label, LABEL.size(), LABEL_WIDTH - 8f);
        List<String> valueLines = wrap(value, BODY.size(), TEXT_WIDTH - LABEL_WIDTH);
        for (int i = 0; i < Math.max(labelLines.size(), valueLines.size()); i++) {
            ensureRoom(BODY.leading());
            float baseline = y - BODY.size();
            if (i < labelLines.size()) {
                show(LABEL, MARGIN, baseline, labelLines.get(i));
            }
            if (i < valueLines.size()) {
                show(BODY, MARGIN + LABEL_WIDTH, baseline, valueLines.get(i));
            }
            y -= BODY.leading();
        }
    }

    void paragraph(@Nullable String text) throws IOException {
        lines(BODY, MARGIN, TEXT_WIDTH, text);
    }

    /** Grey, for remarks about the data rather than data. */
    void note(@Nullable String text) throws IOException {
        lines(NOTE, MARGIN, TEXT_WIDTH, text);
    }

    void bullet(@Nullable String text) throws IOException {
        if (text == null || text.isBlank()) {
            return;
        }
        ensureRoom(BODY.leading());
        show(BODY, MARGIN + 4f, y - BODY.size(), "•");
        lines(BODY, MARGIN + BULLET_INDENT, TEXT_WIDTH - BULLET_INDENT, text);
    }

    /** Closes the last page and writes "Side n af m" in the footer of every page. */
    void finish() throws IOException {
        page().close();
        content = null;
        int pages = document.getNumberOfPages();
        for (int number = 1; number <= pages; number++) {
            try (PDPageContentStream footer = new PDPageContentStream(
                    document, document.getPage(number - 1), PDPageContentStream.AppendMode.APPEND, true, true)) {
                String text = "Side " + number + " af " + pages;
                float x = MARGIN + (TEXT_WIDTH - width(text) * FOOTER.size() / 1000f) / 2;
                draw(footer, FOOTER, x, MARGIN / 2, text);
            }
        }
    }

    private void lines(Style style, float x, float width, @Nullable String text) throws IOException {
        if (text == null) {
            return;
        }
        for (String line : wrap(text, style.size(), width)) {
            ensureRoom(style.leading());
            show(style, x, y - style.size(), line);
            y -= style.leading();
        }
    }

    private void show(Style style, float x, float baseline, String text) throws IOException {
        pageIsEmpty = false;
        if (!text.isEmpty()) {
            draw(page(), style, x, baseline, text);
        }
    }

    private void draw(PDPageContentStream stream, Style style, float x, float baseline, String text)
            throws IOException {
        stream.beginText();
        stream.setFont(font, style.size());
        stream.setNonStrokingColor(style.grey());
        if (style.bold()) {
            stream.setStrokingColor(style.grey());
            stream.setLineWidth(style.size() / 35f);
            stream.setRenderingMode(RenderingMode.FILL_STROKE);
        }
        stream.newLineAtOffset(x, baseline);
        stream.showText(text);
        if (style.bold()) {
            stream.setRenderingMode(RenderingMode.FILL);
        }
        stream.endText();
    }

    /** Vertical space before a block, but not at the top of a page. */
    private void space(float height) {
        if (!pageIsEmpty) {
            y -= height;
        }
    }

    private void ensureRoom(float height) throws IOException {
        if (y - height < MARGIN && !pageIsEmpty) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PAGE.getHeight() - MARGIN;
        pageIsEmpty = true;
    }

    private PDPageContentStream page() {
        if (content == null) {
            throw new IllegalStateException("The PDF has been finished");
        }
        return content;
    }

    /**
     * Greedy line filling, word by word; a word wider than the line (a long URL) is cut where it fits, after a
     * '/' or '-' if there is one late enough. Line breaks in the text are kept, runs of blank lines become one.
     */
    private List<String> wrap(String text, float size, float width) throws IOException {
        float limit = width * 1000f / size;
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.strip().split("\\R")) {
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            for (String word : PdfBodyFont.printable(paragraph).strip().split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                float wordWidth = width(word);
                if (!line.isEmpty() && lineWidth + spaceWidth + wordWidth <= limit) {
                    line.append(' ').append(word);
                    lineWidth += spaceWidth + wordWidth;
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(rest) > limit) {
                    int cut = cut(rest, limit);
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
                lineWidth = width(rest);
            }
            if (!line.isEmpty() || (!lines.isEmpty() && !lines.getLast().isEmpty())) {
                lines.add(line.toString());
            }
        }
        return lines;
    }

    /** The length of the longest prefix of {@code word} that fits in {@code limit}, at least one code point. */
    private int cut(String word, float limit) throws IOException {
        int end = word.offsetByCodePoints(0, 1);
        float used = width(word.substring(0, end));
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            float added = width(word.substring(end, next));
            if (used + added > limit) {
                break;
            }
            used += added;
            end = next;
        }
        int soft = Math.max(word.lastIndexOf('/', end - 1), word.lastIndexOf('-', end - 1)) + 1;
        return soft > end / 2 ? soft : end;
    }

    /** Width in font units (1/1000 of the size), from glyph widths cached per code point. */
    private float width(String text) throws IOException {
        float total = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            Float glyph = GLYPH_WIDTHS.get(codePoint);
            if (glyph == null) {
                glyph = font.getStringWidth(Character.toString(codePoint));
                GLYPH_WIDTHS.put(codePoint, glyph);
            }
            total += glyph;
            i += Character.charCount(codePoint);
        }
        return total;
    }
}
