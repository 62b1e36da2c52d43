package dev.parley.testing;

import dev.parley.ingest.SourceFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The seed articles and test fixtures, read the way the build reads them (BOM and CR removed). */
public final class Seeds {
    private Seeds() {
    }

    public static Path root() {
        return Path.of(System.getProperty("parley.root", ".")).toAbsolutePath();
    }

    public static List<SourceFile> seeds() {
        return folder(root().resolve("seeds"));
    }

    public static SourceFile seed(String prefix) {
        return seeds().stream().filter(s -> s.id().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no seed starting with " + prefix));
    }

    public static SourceFile fixture(String relative) {
        Path p = root().resolve("src/test/resources/fixtures").resolve(relative);
        return read(p, p.getFileName().toString().replaceFirst("\\.[^.]+$", ""), relative);
    }

    public static List<SourceFile> folder(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).sorted()
                    .map(p -> read(p, p.getFileName().toString().replaceFirst("\\.[^.]+$", ""), p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SourceFile read(Path p, String id, String file) {
        try {
            String text = Files.readString(p, StandardCharsets.UTF_8).replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n');
            return new SourceFile(id, file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
