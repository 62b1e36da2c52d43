package dev.parley.extract;

import dev.parley.model.Document;
import dev.parley.model.Paragraph;
import dev.parley.model.Span;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Documents for the lexicon tests: blank-line paragraphs and a plain sentence split, standing in for the parser. */
final class LexiconDocs {
    private LexiconDocs() {
    }

    static Document of(String id, String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String block : text.replace("\r", "").split("\n\\s*\n")) {
            String p = block.strip().replaceAll("\\s+", " ");
            if (!p.isEmpty()) {
                paragraphs.add(new Paragraph(p, sentences(p)));
            }
        }
        return new Document(id, id + ".txt", "", "lead", null, null, null, paragraphs, List.of(), List.of());
    }

    /** Sentences end at . ! ? (optionally followed by a closing quote) before a space and a capital or a quote. */
    static List<Span> sentences(String p) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < p.length() && "\"”’'".indexOf(p.charAt(end)) >= 0) {
                end++;
            }
            if (end + 1 < p.length() && p.charAt(end) == ' '
                    && (Character.isUpperCase(p.charAt(end + 1)) || "\"“‘".indexOf(p.charAt(end + 1)) >= 0)
                    && !abbreviation(p, i)) {
                out.add(new Span(start, end));
                start = end + 1;
            }
        }
        if (start < p.length()) {
            out.add(new Span(start, p.length()));
        }
        return out;
    }

    private static boolean abbreviation(String p, int dot) {
        int from = dot;
        while (from > 0 && Character.isLetter(p.charAt(from - 1))) {
            from--;
        }
        String word = p.substring(from, dot);
        return word.length() == 1 || List.of("Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Col", "Prof").contains(word);
    }

    static Document seed(String prefix) {
        Path dir = seedsDir();
        try (var files = Files.list(dir)) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return of(prefix, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document fixture(String name) {
        try (InputStream in = LexiconDocs.class.getResourceAsStream("/fixtures/lexicon/" + name + ".txt")) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return of(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed articles live in the repository's seeds/ folder, next to pom.xml. */
    private static Path seedsDir() {
        Path dir = Path.of("seeds");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("seeds/ not found from " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
