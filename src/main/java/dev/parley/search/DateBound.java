package dev.parley.search;

import dev.parley.model.DocDate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Dates as whole numbers yyyymmdd, so that a range query on a point field compares them. A partial date stands
 * for the days it covers: "2016" is 20160101..20161231, "2016-03" is 20160301..20160331.
 */
final class DateBound {
    private DateBound() {
    }

    /** The first and last day a model date may mean, or null when it has no year (or none at all). */
    static int[] range(DocDate date) {
        if (date == null || date.value() == null) {
            return null;
        }
        try {
            return range(date.value());
        } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
            return null; // a model date we cannot read is treated like no date: date filters leave it out
        }
    }

    /** The days a filter value covers: "2017", "2017-06" or "2017-06-30"; anything else is refused. */
    static int[] filterRange(String field, String value) throws QueryException {
        if (value.matches("\\d{4}(-\\d{1,2}(-\\d{1,2})?)?")) {
            try {
                return range(value);
            } catch (DateTimeException e) {
                // fall through to the message: 2017-13, 2017-02-30
            }
        }
        throw new QueryException(field + ": wants a date like 2017, 2017-06 or 2017-06-30, not '" + value + "'");
    }

    private static int[] range(String value) {
        String[] parts = value.split("-");
        if (value.startsWith("-") || parts.length == 0 || parts[0].length() != 4) {
            return null;
        }
        int year = Integer.parseInt(parts[0]);
        if (parts.length == 1) {
            return new int[] {number(LocalDate.of(year, 1, 1)), number(LocalDate.of(year, 12, 31))};
        }
        YearMonth month = YearMonth.of(year, Integer.parseInt(parts[1]));
        if (parts.length == 2) {
            return new int[] {number(month.atDay(1)), number(month.atEndOfMonth())};
        }
        LocalDate day = month.atDay(Integer.parseInt(parts[2]));
        return new int[] {number(day), number(day)};
    }

    private static int number(LocalDate d) {
        return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }
}
