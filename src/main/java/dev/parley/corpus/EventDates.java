package dev.parley.corpus;

import dev.parley.model.DocDate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A meeting's date on the calendar. The meeting finder gives either a date written in the sentence or, for
 * "today", "yesterday", "on Monday", the document's own date; here such words are counted from the document's
 * date, and a day without a year ("January 23") gets the year that puts it nearest the report.
 */
final class EventDates {
    private static final Pattern YESTERDAY = Pattern.compile("(?i)\\byesterday\\b");
    private static final Pattern TOMORROW = Pattern.compile("(?i)\\btomorrow\\b");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)\\b(?:on|last|this|next)\\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");

    private EventDates() {
    }

    /**
     * @param date     the meeting's date as found, or null
     * @param docDate  the reporting document's date, or null
     * @param sentence the sentence that reports the meeting
     * @param planned  whether the meeting lies ahead of the report (then weekdays and days without a year count forward)
     */
    static DocDate resolve(DocDate date, DocDate docDate, String sentence, boolean planned) {
        LocalDate reportDay = day(docDate);
        if (date == null) {
            return null;
        }
        if (date.precision().equals("month-day")) {
            if (reportDay == null) {
                return date;
            }
            LocalDate d = monthDay(date.value(), reportDay.getYear());
            if (d == null) {
                return date;
            }
            // a report speaks of days near it: a past meeting a year back, a plan a year ahead
            if (!planned && d.isAfter(reportDay.plusDays(1))) {
                d = d.minusYears(1);
            } else if (planned && d.isBefore(reportDay.minusDays(1))) {
                d = d.plusYears(1);
            }
            return new DocDate(d.toString(), "day", date.from());
        }
        boolean fromDocument = !"meeting".equals(date.from()) && reportDay != null && date.value().equals(docDate.value());
        if (!fromDocument) {
            return date;
        }
        LocalDate d = reportDay;
        Matcher weekday = WEEKDAY.matcher(sentence);
        if (YESTERDAY.matcher(sentence).find()) {
            d = reportDay.minusDays(1);
        } else if (TOMORROW.matcher(sentence).find()) {
            d = reportDay.plusDays(1);
        } else if (weekday.find()) {
            DayOfWeek day = DayOfWeek.valueOf(weekday.group(1).toUpperCase(Locale.ROOT));
            d = planned ? reportDay.with(TemporalAdjusters.nextOrSame(day))
                    : reportDay.with(TemporalAdjusters.previousOrSame(day));
        }
        return d.equals(reportDay) ? date : new DocDate(d.toString(), "day", "relative");
    }

    /** The day a date names, or null when it is not a full day. */
    static LocalDate day(DocDate date) {
        if (date == null || !date.precision().equals("day")) {
            return null;
        }
        try {
            return LocalDate.parse(date.value());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate monthDay(String value, int year) {
        try {
            return LocalDate.parse(year + value.substring(1));
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            return null; // 29 February of a year without it
        }
    }
}
