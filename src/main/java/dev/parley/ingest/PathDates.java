package dev.parley.ingest;

import dev.parley.model.DocDate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date in a file's path ({@code 2024-03-21-talks.txt}, {@code 2024/03/21/talks.txt}, {@code 20240321_talks.txt}):
 * archives and crawlers often name files so. It counts only when nothing in the article says better.
 */
final class PathDates {
    /** Year, month and day separated by one of - _ . / (the same one twice), or run together as eight digits. */
    private static final Pattern SEPARATED = Pattern.compile(
            "(?<![0-9])((?:19|20)\\d\\d)([-_./])(\\d{1,2})\\2(\\d{1,2})(?![0-9])");
    private static final Pattern COMPACT = Pattern.compile("(?<![0-9A-Za-z])((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)(?![0-9])");

    private PathDates() {
    }

    /** The last date in the path (a file's own name says more than its folder), or null. */
    static DocDate find(String path) {
        if (path == null) {
            return null;
        }
        DocDate found = null;
        for (Pattern p : new Pattern[] {COMPACT, SEPARATED}) {
            Matcher m = p.matcher(path);
            while (m.find()) {
                int dayGroup = m.groupCount();
                DocDate d = day(m.group(1), m.group(dayGroup - 1), m.group(dayGroup));
                if (d != null) {
                    found = d;
                }
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static DocDate day(String year, String month, String day) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return new DocDate(d.toString(), "day", "path");
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
