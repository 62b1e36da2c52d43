package dev.parley.ingest;

/**
 * An input article after decoding: its stable id, its path relative to the input folder, and its text
 * (BOM removed, line endings normalised to '\n').
 */
public record SourceFile(String id, String file, String text) {
}
