package dev.parley.model;

/**
 * A date as precise as the source allows.
 *
 * @param value     ISO-8601 style: "2015-12-04" (day), "2015-12" (month), "2015" (year), or "--12-04" (month and day, year unknown)
 * @param precision "day", "month", "year" or "month-day"
 * @param from      how it was found: "dateline", "header", "text" or "meeting" (a meeting's date from its sentence)
 */
public record DocDate(String value, String precision, String from) implements java.io.Serializable {
}
