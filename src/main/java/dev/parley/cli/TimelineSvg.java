package dev.parley.cli;

import dev.parley.command.Relationship;

import java.util.Map;

/** A relationship's events per period as a small SVG bar chart that a report can include. */
final class TimelineSvg {
    private static final int BAR = 28;
    private static final int GAP = 8;
    private static final int HEIGHT = 160;
    private static final int MARGIN = 40;

    private TimelineSvg() {
    }

    static String render(Relationship r) {
        Map<String, Integer> counts = r.perPeriod();
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        int width = MARGIN * 2 + Math.max(1, counts.size()) * (BAR + GAP);
        int total = HEIGHT + MARGIN * 2;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(total)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(total).append("\" font-family=\"sans-serif\" font-size=\"11\">\n");
        String title = r.a().label() + " — " + r.b().label() + ": events per " + r.period();
        s.append("  <title>").append(xml(title)).append("</title>\n");
        s.append("  <text x=\"").append(MARGIN).append("\" y=\"20\" font-size=\"13\">").append(xml(title)).append("</text>\n");
        int baseline = MARGIN + HEIGHT;
        s.append("  <line x1=\"").append(MARGIN).append("\" y1=\"").append(baseline).append("\" x2=\"").append(width - MARGIN)
                .append("\" y2=\"").append(baseline).append("\" stroke=\"#444\"/>\n");
        int x = MARGIN + GAP / 2;
        for (var e : counts.entrySet()) {
            int h = Math.round((float) e.getValue() * HEIGHT / max);
            s.append("  <rect x=\"").append(x).append("\" y=\"").append(baseline - h).append("\" width=\"").append(BAR)
                    .append("\" height=\"").append(h).append("\" fill=\"#3a6ea5\"><title>").append(xml(e.getKey()))
                    .append(": ").append(e.getValue()).append("</title></rect>\n");
            s.append("  <text x=\"").append(x + BAR / 2).append("\" y=\"").append(baseline - h - 4)
                    .append("\" text-anchor=\"middle\">").append(e.getValue()).append("</text>\n");
            s.append("  <text x=\"").append(x + BAR / 2).append("\" y=\"").append(baseline + 14)
                    .append("\" text-anchor=\"middle\">").append(xml(e.getKey())).append("</text>\n");
            x += BAR + GAP;
        }
        s.append("</svg>\n");
        return s.toString();
    }

    /** Text for XML: the five special characters escaped, control characters dropped. */
    static String xml(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
