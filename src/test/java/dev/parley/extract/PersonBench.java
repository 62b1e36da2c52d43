package dev.parley.extract;

import dev.parley.ingest.ArticleParser;
import dev.parley.ingest.SourceFile;
import dev.parley.model.Document;
import dev.parley.model.Paragraph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs the person finder over a folder of plain-text articles and writes the people found as JSON
 * ({"file.txt": [["Full Name", "Surname"], ...]}), the format of the person-F1 scorer described in
 * bench/person-f1/README.md. Also prints the extraction speed.
 *
 * <p>usage: PersonBench ARTICLES_DIR OUTPUT.json [--with-title]
 * <br>--with-title also reads the article title (the parser keeps it out of the paragraphs), as a headline line.
 */
public final class PersonBench {
    private PersonBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: PersonBench ARTICLES_DIR OUTPUT.json [--with-title]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        boolean withTitle = args.length > 2 && args[2].equals("--with-title");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<String> names = new ArrayList<>();
        List<Document> docs = new ArrayList<>();
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8).replace("\uFEFF", "").replace("\r\n", "\n")
                    .replace('\r', '\n');
            String name = f.getFileName().toString();
            Document d = ArticleParser.parse(new SourceFile(name.replaceFirst("\\.txt$", ""), name, text));
            if (withTitle && "header".equals(d.titleFrom()) && d.title() != null && !d.title().isBlank()) {
                List<Paragraph> ps = new ArrayList<>();
                ps.add(new Paragraph(d.title(), List.of()));
                ps.addAll(d.paragraphs());
                d = new Document(d.id(), d.file(), d.title(), d.titleFrom(), d.source(), d.place(), d.date(), ps,
                        d.topics(), d.keyphrases());
            }
            names.add(name);
            docs.add(d);
        }
        PersonFinder finder = new PersonFinder(Vocabulary.get());
        for (int warm = 0; warm < 3; warm++) {
            for (Document d : docs) {
                finder.find(d);
            }
        }
        // the best of several rounds: other processes on the machine only ever slow a round down
        int rounds = 10;
        double best = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (Document d : docs) {
                finder.find(d);
            }
            best = Math.max(best, docs.size() / ((System.nanoTime() - t0) / 1e9));
        }
        StringBuilder json = new StringBuilder("{\n");
        for (int i = 0; i < docs.size(); i++) {
            List<LocalPerson> people = finder.find(docs.get(i));
            json.append("  ").append(quote(names.get(i))).append(": [");
            for (int j = 0; j < people.size(); j++) {
                json.append(j == 0 ? "" : ", ").append('[');
                List<String> forms = people.get(j).forms();
                for (int k = 0; k < forms.size(); k++) {
                    json.append(k == 0 ? "" : ", ").append(quote(forms.get(k)));
                }
                json.append(']');
            }
            json.append(']').append(i + 1 < docs.size() ? ",\n" : "\n");
        }
        json.append("}\n");
        Files.writeString(Path.of(args[1]), json.toString(), StandardCharsets.UTF_8);
        System.out.printf("%d articles, person finder alone: %.0f docs/s on one thread (best of %d rounds)%n",
                docs.size(), best, rounds);
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
