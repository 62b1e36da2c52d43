package dev.parley.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Counts per period as a bar chart or a sparkline in text: Unicode blocks where the terminal shows them, ASCII
 * otherwise (and under NO_COLOR, whose users often read through tools that mangle block characters).
 */
public final class Chart {
    private static final String SPARKS = "▁▂▃▄▅▆▇█";
    private static final String ASCII_SPARKS = "_.-=+*#@";

    private Chart() {
    }

    /** Whether to draw with Unicode blocks: a UTF-8 terminal and no NO_COLOR. */
    public static boolean unicode(Map<String, String> env) {
        if (env.containsKey("NO_COLOR")) {
            return false;
        }
        String lang = env.getOrDefault("LC_ALL", env.getOrDefault("LC_CTYPE", env.getOrDefault("LANG", "")));
        return lang.isEmpty() || lang.toUpperCase(java.util.Locale.ROOT).contains("UTF-8")
                || lang.toUpperCase(java.util.Locale.ROOT).contains("UTF8");
    }

    /** One line per period: label, bar scaled to {@code width}, count. */
    public static List<String> bars(Map<String, Integer> counts, int width, boolean unicode) {
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        int labelWidth = counts.keySet().stream().mapToInt(String::length).max().orElse(0);
        List<String> out = new ArrayList<>();
        for (var e : counts.entrySet()) {
            int n = max == 0 ? 0 : Math.max(1, Math.round((float) e.getValue() * width / max));
            String bar = (unicode ? "█" : "#").repeat(n);
            out.add(String.format("%-" + labelWidth + "s %s %d", e.getKey(), bar, e.getValue()));
        }
        return out;
    }

    /** One character per period, its height the count relative to the largest. */
    public static String sparkline(List<Integer> counts, boolean unicode) {
        String levels = unicode ? SPARKS : ASCII_SPARKS;
        int max = counts.stream().mapToInt(Integer::intValue).max().orElse(0);
        StringBuilder out = new StringBuilder();
        for (int n : counts) {
            out.append(n == 0 ? ' ' : levels.charAt(max == 0 ? 0 : Math.min(levels.length() - 1,
                    (int) Math.ceil((double) n * levels.length() / max) - 1)));
        }
        return out.toString();
    }
}
