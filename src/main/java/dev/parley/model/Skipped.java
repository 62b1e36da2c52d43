package dev.parley.model;

/** An input file that is not in the model, and why (empty, binary, too large, undecodable, unreadable). */
public record Skipped(String file, String reason) implements java.io.Serializable {
}
