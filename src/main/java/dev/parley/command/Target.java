package dev.parley.command;

import dev.parley.text.Sanitize;

/**
 * One thing of the model a command can lead to. Value and description come from the corpus, so they are
 * sanitised here, once, for every front end.
 *
 * @param value       what completion inserts and what resolves back to exactly this target (a name, an id)
 * @param description a short line shown next to the candidate (role and country, counts, date)
 */
public record Target(Kind kind, String id, String value, String description) {
    public Target {
        value = Sanitize.line(value == null ? "" : value).strip();
        description = Sanitize.line(description == null ? "" : description).strip();
    }
}
