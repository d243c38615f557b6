package cn.shiguai.roaddesk.report.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width: Chinese between any two characters, Latin words and
 * numbers only at spaces (or inside when a word alone is wider than the line), and never
 * against the {@link Kinsoku} rules where a line can be kept otherwise: characters are then
 * moved down to the next line, which leaves that line a little short (the renderer may
 * justify it). A line feed in the text always starts a new line.
 */
final class LineBreaker {
    /** A laid-out line: {@code lastOfParagraph} lines end at a line feed or the end of the text. */
    record Line(String text, float width, boolean firstOfParagraph, boolean lastOfParagraph) {
    }

    private static final float TOLERANCE = 0.01f;

    private final TextMeasurer measurer;

    LineBreaker(TextMeasurer measurer) {
        this.measurer = measurer;
    }

    /**
     * @param firstLineIndent taken off the width of the first line after each line feed
     */
    List<Line> lines(String text, float size, float width, float firstLineIndent) {
        List<Line> lines = new ArrayList<>();
        for (String paragraph : text.replace("\r", "").split("\n", -1)) {
            new ParagraphBreak(size, width, firstLineIndent, lines).run(TextToken.split(paragraph));
        }
        return lines;
    }

    /** The state of breaking one paragraph: the tokens of the line being filled. */
    private final class ParagraphBreak {
        private final float size;
        private final float width;
        private final List<Line> out;
        private final List<TextToken> line = new ArrayList<>();
        private float lineWidth;
        private float available;
        private boolean first = true;

        ParagraphBreak(float size, float width, float firstLineIndent, List<Line> out) {
            this.size = size;
            this.width = width;
            this.available = width - firstLineIndent;
            this.out = out;
        }

        void run(List<TextToken> input) {
            List<TextToken> tokens = new ArrayList<>(input);
            int i = 0;
            while (i < tokens.size()) {
                TextToken token = tokens.get(i);
                float tokenWidth = measurer.width(token.text(), size);
                if (token.isSpace() && line.isEmpty() && !first) {
                    i++; // a wrapped line does not start with the space it was broken at
                } else if (lineWidth + tokenWidth <= available + TOLERANCE) {
                    add(token, tokenWidth);
                    i++;
                } else if (token.isSpace()) {
                    // A space may hang past the edge (it is not printed at a line end); breaking
                    // here at once would skip the rules for whatever follows the space.
                    add(token, tokenWidth);
                    i++;
                } else if (lastPrintable(line.size()) < 0) {
                    i += placeAlone(tokens, i, tokenWidth);
                } else {
                    emit(breakPosition(token), false); // token is taken up again on the next line
                }
            }
            emit(line.size(), true);
        }

        /** A token wider than an empty line: a word is split where it must, a character overflows. */
        private int placeAlone(List<TextToken> tokens, int index, float tokenWidth) {
            TextToken token = tokens.get(index);
            if (token.kind() != TextToken.Kind.WORD) {
                add(token, tokenWidth);
                emit(line.size(), false);
                return 1;
            }
            String text = token.text();
            int end = text.offsetByCodePoints(0, 1);
            while (end < text.length()) {
                int next = text.offsetByCodePoints(end, 1);
                if (lineWidth + measurer.width(text.substring(0, next), size) > available + TOLERANCE) {
                    break;
                }
                end = next;
            }
            String head = text.substring(0, end);
            add(new TextToken(head, TextToken.Kind.WORD), measurer.width(head, size));
            emit(line.size(), false);
            if (end == text.length()) {
                return 1;
            }
            tokens.set(index, new TextToken(text.substring(end), TextToken.Kind.WORD));
            return 0;
        }

        /**
         * Where to end the current line when {@code next} does not fit: as late as the rules
         * allow, but never emptying the line; if no break obeys the rules, at the end.
         */
        private int breakPosition(TextToken next) {
            for (int position = line.size(); position > 0; position--) {
                int end = lastPrintable(position);
                if (end < 0) {
                    break;
                }
                TextToken start = firstPrintableFrom(position, next);
                boolean badStart = start != null && Kinsoku.mayNotStartLine(start.firstCodePoint());
                boolean badEnd = Kinsoku.mayNotEndLine(line.get(end).lastCodePoint());
                if (!badStart && !badEnd) {
                    return position;
                }
            }
            return line.size();
        }

        private int lastPrintable(int before) {
            for (int i = before - 1; i >= 0; i--) {
                if (!line.get(i).isSpace()) {
                    return i;
                }
            }
            return -1;
        }

        private TextToken firstPrintableFrom(int position, TextToken next) {
            for (int i = position; i < line.size(); i++) {
                if (!line.get(i).isSpace()) {
                    return line.get(i);
                }
            }
            return next.isSpace() ? null : next;
        }

        private void add(TextToken token, float tokenWidth) {
            line.add(token);
            lineWidth += tokenWidth;
        }

        /** Emits the first {@code count} tokens as a line; the rest start the next line. */
        private void emit(int count, boolean last) {
            int end = lastPrintable(count) + 1;
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < end; i++) {
                text.append(line.get(i).text());
            }
            if (end > 0 || last) {
                String printed = text.toString();
                out.add(new Line(printed, measurer.width(printed, size), first, last));
                first = false;
            }
            List<TextToken> carried = new ArrayList<>(line.subList(count, line.size()));
            line.clear();
            lineWidth = 0;
            available = width;
            for (TextToken token : carried) {
                if (!(line.isEmpty() && token.isSpace())) {
                    add(token, measurer.width(token.text(), size));
                }
            }
        }
    }
}
