package dev.parley.ingest;

import dev.parley.extract.Dates;
import dev.parley.extract.Vocabulary;
import dev.parley.model.DocDate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as feeds, exports and archives write them: RFC 822 ({@code Thu, 21 Mar 2024 09:30:00 +0100}), ISO 8601
 * ({@code 2024-03-21T09:30:00Z}, {@code 2024-03-21}), epoch seconds or milliseconds, and as a last resort a date
 * in words ("March 21, 2024"). The day is the one of the time zone the date is written in: a minister's
 * 23:30 statement is dated the day it was made where it was made.
 */
final class KnownDates {
    private static final Pattern ISO_DAY = Pattern.compile("^((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)(?:$|[T ])");
    private static final Pattern ISO_MONTH = Pattern.compile("^((?:19|20)\\d\\d)-(\\d\\d)$");
    private static final Pattern DIGITS = Pattern.compile("^\\d{9,13}$");
    private static final Dates WORDS = new Dates(Vocabulary.get());

    private KnownDates() {
    }

    /** The date in {@code text}, with {@code from} as where it came from; null when there is none. */
    static DocDate parse(String text, String from) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            return day(ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate(), from);
        } catch (DateTimeParseException notRfc) {
            // try the next form
        }
        try {
            return day(OffsetDateTime.parse(t).toLocalDate(), from);
        } catch (DateTimeParseException notIso) {
            // try the next form
        }
        Matcher iso = ISO_DAY.matcher(t);
        if (iso.find()) {
            try {
                return day(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))), from);
            } catch (java.time.DateTimeException bad) {
                return null;
            }
        }
        Matcher month = ISO_MONTH.matcher(t);
        if (month.find() && Integer.parseInt(month.group(2)) >= 1 && Integer.parseInt(month.group(2)) <= 12) {
            return new DocDate(t, "month", from);
        }
        if (DIGITS.matcher(t).matches()) {
            return epoch(Long.parseLong(t), from);
        }
        DocDate words = WORDS.find(t.length() > 200 ? t.substring(0, 200) : t, from);
        return words;
    }

    /** Seconds since 1970, or milliseconds when the number is too large to be seconds of this era. */
    static DocDate epoch(long value, String from) {
        long seconds = value > 100_000_000_000L ? value / 1000 : value;
        return day(Instant.ofEpochSecond(seconds).atOffset(ZoneOffset.UTC).toLocalDate(), from);
    }

    private static DocDate day(LocalDate d, String from) {
        if (d.getYear() < 1900 || d.getYear() > 2099) {
            return null;
        }
        return new DocDate(d.toString(), "day", from);
    }
}
