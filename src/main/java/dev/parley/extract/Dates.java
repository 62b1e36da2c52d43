package dev.parley.extract;

import dev.parley.extract.Vocabulary;
import dev.parley.model.DocDate;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates written the ways news items write them ("December 4", "4 December 2015", "Dec. 4, 2015",
 * "2015-12-04", "04.12.2015") and gives them as ISO-style values with their precision. Month names come
 * from {@code vocab/months.txt}.
 */
public final class Dates {
    private final Map<String, Integer> monthByName = new HashMap<>();
    private final Pattern monthDayYear;
    private final Pattern dayMonthYear;
    private final Pattern monthYear;
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d\\d)-(\\d{1,2})-(\\d{1,2})\\b");
    private static final Pattern DOTTED = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d\\d)\\b");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d\\d)[/-](\\d{1,2})[/-](\\d{1,2})(?:/|$|[^\\d])|/((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)/");

    public Dates(Vocabulary vocab) {
        StringBuilder names = new StringBuilder();
        for (List<String> row : vocab.table("months")) {
            int number = Integer.parseInt(row.get(1));
            add(names, row.get(0), number);
            if (row.size() > 2) {
                for (String shortForm : row.get(2).split("\\|")) {
                    if (!shortForm.isBlank()) {
                        add(names, shortForm.strip(), number);
                    }
                }
            }
        }
        String month = "(" + names + ")\\.?";
        monthDayYear = Pattern.compile("\\b" + month + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+((?:19|20)\\d\\d)\\b)?",
                Pattern.CASE_INSENSITIVE);
        dayMonthYear = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + month + "(?:,?\\s+((?:19|20)\\d\\d)\\b)?",
                Pattern.CASE_INSENSITIVE);
        monthYear = Pattern.compile("\\b" + month + ",?\\s+((?:19|20)\\d\\d)\\b", Pattern.CASE_INSENSITIVE);
    }

    private void add(StringBuilder names, String name, int number) {
        monthByName.put(name.toLowerCase(Locale.ROOT), number);
        if (names.length() > 0) {
            names.append('|');
        }
        names.append(Pattern.quote(name));
    }

    /** The first date in the text, or null. */
    public DocDate find(String text, String from) {
        Match best = first(text);
        return best == null ? null : new DocDate(best.value, best.precision, from);
    }

    private Match first(String text) {
        if (!hasDigit(text)) {
            return null; // every form has a digit (ASCII digits: \d): most sentences are done without a regex
        }
        Match best = null;
        for (Match m : new Match[] {iso(text), dotted(text), partialDate(monthDayYear, 1, 2, text), partialDate(dayMonthYear, 2, 1, text), monthAndYear(text)}) {
            if (m != null && (best == null || m.start < best.start || (m.start == best.start && m.rank < best.rank))) {
                best = m;
            }
        }
        return best;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** A date and where it stands in the text. */
    public record Found(DocDate date, int start, int end) {
    }

    /** Every date in the text, in order; a date inside another (the day of "4 December 2015") is not repeated. */
    public List<Found> findAll(String text, String from) {
        List<Found> out = new java.util.ArrayList<>();
        int offset = 0;
        while (offset < text.length()) {
            String rest = text.substring(offset);
            Match best = first(rest);
            if (best == null) {
                break;
            }
            out.add(new Found(new DocDate(best.value, best.precision, from), offset + best.start, offset + best.end));
            offset += Math.max(best.end, best.start + 1);
        }
        return out;
    }

    /** A date in a URL path such as /2022/7/21/ or /20220721/, or null. */
    public DocDate fromUrl(String url) {
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            return null;
        }
        int g = m.group(1) != null ? 1 : 4;
        return day(Integer.parseInt(m.group(g)), Integer.parseInt(m.group(g + 1)), Integer.parseInt(m.group(g + 2)), "url");
    }

    private record Match(int start, int end, int rank, String value, String precision) {
    }

    private Match iso(String text) {
        Matcher m = ISO.matcher(text);
        return m.find() ? dayMatch(m.start(), m.end(), 0, m.group(1), m.group(2), m.group(3)) : null;
    }

    private Match dotted(String text) {
        Matcher m = DOTTED.matcher(text);
        return m.find() ? dayMatch(m.start(), m.end(), 1, m.group(3), m.group(2), m.group(1)) : null;
    }

    /** The first "December 4" / "4 December" style match that is a real day; the patterns differ in group order. */
    private Match partialDate(Pattern pattern, int monthGroup, int dayGroup, String text) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            Match d = partial(m.start(), m.end(), 2, m.group(3), month(m.group(monthGroup)), m.group(dayGroup));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private Match monthAndYear(String text) {
        Matcher m = monthYear.matcher(text);
        if (!m.find()) {
            return null;
        }
        return new Match(m.start(), m.end(), 3, String.format(Locale.ROOT, "%s-%02d", m.group(2), month(m.group(1))), "month");
    }

    private int month(String name) {
        return monthByName.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
    }

    private static Match partial(int start, int end, int rank, String year, int month, String day) {
        int d = Integer.parseInt(day);
        if (month < 1 || d < 1 || d > 31) {
            return null;
        }
        if (year == null) {
            return new Match(start, end, rank, String.format(Locale.ROOT, "--%02d-%02d", month, d), "month-day");
        }
        return dayMatch(start, end, rank, year, Integer.toString(month), day);
    }

    private static Match dayMatch(int start, int end, int rank, String year, String month, String day) {
        DocDate d = day(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day), "");
        return d == null ? null : new Match(start, end, rank, d.value(), d.precision());
    }

    private static DocDate day(int year, int month, int day, String from) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        return new DocDate(String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day), "day", from);
    }
}
