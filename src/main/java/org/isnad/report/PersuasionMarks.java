package org.isnad.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.isnad.doc.Span;
import org.isnad.model.PersuasionSpan;

/**
 * Marks persuasion spans inline in a stretch of text: each span is wrapped in ⟦ … ⟧ followed by its number in the
 * report's legend, e.g. «مواقع ⟦الإرهابية⟧[2] في ريف». Overlapping spans nest in text order.
 */
final class PersuasionMarks {
    static final String OPEN = "⟦";
    static final String CLOSE = "⟧";

    private PersuasionMarks() {
    }

    /**
     * The text of {@code window} with every span that overlaps it marked; {@code numbers[i]} is the legend number
     * of {@code spans.get(i)}.
     */
    static String mark(String text, Span window, List<PersuasionSpan> spans, int[] numbers) {
        record Mark(int at, boolean open, int number, int length) {
        }
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i).span();
            if (s.overlaps(window) || s.isEmpty() && window.contains(s.start())) {
                int a = Math.max(s.start(), window.start());
                int b = Math.min(s.end(), window.end());
                marks.add(new Mark(a, true, numbers[i], b - a));
                marks.add(new Mark(b, false, numbers[i], b - a));
            }
        }
        // At one offset: closes before opens; longer spans open first and close last.
        marks.sort(Comparator.comparingInt(Mark::at).thenComparing(Mark::open)
                .thenComparing(m -> m.open() ? -m.length() : m.length()));
        StringBuilder out = new StringBuilder(window.length() + marks.size() * 4);
        int pos = window.start();
        for (Mark m : marks) {
            out.append(text, pos, m.at());
            pos = m.at();
            out.append(m.open() ? OPEN : CLOSE + "[" + m.number() + "]");
        }
        out.append(text, pos, window.end());
        return out.toString();
    }
}
