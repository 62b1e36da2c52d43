package dev.parley.extract;

/**
 * A role given to a person in one document, with the span of the phrase that says so
 * (e.g. "Minister of Foreign Affairs of the Russian Federation" before "Marko Petrov").
 *
 * @param title        normalised title ("Minister of Foreign Affairs", "Prime Minister", "Ambassador")
 * @param country      canonical country, or null
 * @param organisation organisation when the title is not a country's, or null
 */
public record LocalRole(String title, String country, String organisation, int paragraph, int start, int end) {
}
