package dev.parley.extract;

import dev.parley.ingest.ArticleParser;
import dev.parley.ingest.SourceFile;
import dev.parley.model.Document;
import dev.parley.model.Paragraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Test cases for the quote finder: an article, the people a person finder would give for it (built by hand from
 * the names and titles the article uses), and the quotes a reader finds in it with their speakers.
 *
 * <p>Expectation files ({@code NAME.expect} next to {@code NAME.txt}) have lines
 * <pre>
 * person: Full Name | Form, Other Form | Title / Country / phrase as written ; Title2 / - / phrase2
 * quote: first words of the quote => Full Name      (or => ? for an unknown speaker)
 * </pre>
 */
final class QuoteCases {
    /** A quote a reader finds: its first words and the speaker's full name, or null when unknown. */
    record Expected(String prefix, String speaker) {
    }

    record Case(String name, Document doc, List<LocalPerson> people, List<Expected> quotes) {
        int indexOf(String person) {
            for (int i = 0; i < people.size(); i++) {
                if (people.get(i).name().equals(person)) {
                    return i;
                }
            }
            throw new IllegalArgumentException("no person " + person + " in " + name);
        }
    }

    /** Titles that make a following surname a "title" mention, as a person finder marks them. */
    private static final Set<String> TITLE_WORDS = Set.of("minister", "ambassador", "president", "spokesperson",
            "spokeswoman", "spokesman", "premier", "secretary", "chancellor", "envoy", "ministers");

    private QuoteCases() {
    }

    static Case load(Path article, Path expect) {
        try {
            String text = Files.readString(article, StandardCharsets.UTF_8).replace("\uFEFF", "").replace("\r\n", "\n");
            String id = article.getFileName().toString().replaceFirst("\\.txt$", "");
            Document doc = ArticleParser.parse(new SourceFile(id, article.getFileName().toString(), text));
            return build(id, doc, Files.readAllLines(expect, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Case build(String name, Document doc, List<String> lines) {
        List<LocalPerson> people = new ArrayList<>();
        List<Expected> quotes = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("person:")) {
                people.add(person(doc, line.substring(7)));
            } else if (line.startsWith("quote:")) {
                String[] parts = line.substring(6).split("=>");
                String who = parts[1].strip();
                quotes.add(new Expected(parts[0].strip(), who.equals("?") ? null : who));
            }
        }
        return new Case(name, doc, people, quotes);
    }

    /** A person as a person finder would report it: every occurrence of its forms, roles where the text gives them. */
    static LocalPerson person(Document doc, String spec) {
        String[] parts = spec.split("\\|");
        String name = parts[0].strip();
        List<String> forms = new ArrayList<>();
        forms.add(name);
        if (parts.length > 1) {
            for (String f : parts[1].split(",")) {
                if (!f.isBlank() && !forms.contains(f.strip())) {
                    forms.add(f.strip());
                }
            }
        }
        List<PersonMention> mentions = mentions(doc, forms);
        List<LocalRole> roles = new ArrayList<>();
        if (parts.length > 2) {
            for (String r : parts[2].split(";")) {
                if (r.isBlank()) {
                    continue;
                }
                String[] cols = r.split("/");
                String title = cols[0].strip();
                String country = cols.length > 1 && !cols[1].strip().equals("-") ? cols[1].strip() : null;
                String phrase = cols.length > 2 ? cols[2].strip() : title;
                roles.add(role(doc, title, country, phrase, mentions));
            }
        }
        return new LocalPerson(name, forms, mentions, roles);
    }

    private static List<PersonMention> mentions(Document doc, List<String> forms) {
        List<String> longestFirst = new ArrayList<>(forms);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        List<PersonMention> out = new ArrayList<>();
        for (int p = 0; p < doc.paragraphs().size(); p++) {
            String text = doc.paragraphs().get(p).text();
            boolean[] taken = new boolean[text.length()];
            for (String form : longestFirst) {
                for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                    int end = at + form.length();
                    if (taken[at] || !boundary(text, at - 1) || !boundary(text, end)) {
                        continue;
                    }
                    for (int k = at; k < end; k++) {
                        taken[k] = true;
                    }
                    String kind = form.contains(" ") ? "full" : titleBefore(text, at) ? "title" : "surname";
                    out.add(new PersonMention(p, at, end, form, kind));
                }
            }
        }
        out.sort(Comparator.comparingInt(PersonMention::paragraph).thenComparingInt(PersonMention::start));
        return out;
    }

    private static boolean titleBefore(String text, int at) {
        int end = at - 1;
        if (end <= 0 || text.charAt(end) != ' ') {
            return false;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, end);
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && TITLE_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean boundary(String text, int k) {
        return k < 0 || k >= text.length() || !Character.isLetterOrDigit(text.charAt(k));
    }

    /** The role where its phrase stands next to one of the person's mentions, else where it first occurs. */
    private static LocalRole role(Document doc, String title, String country, String phrase, List<PersonMention> mentions) {
        LocalRole first = null;
        for (int p = 0; p < doc.paragraphs().size(); p++) {
            Paragraph paragraph = doc.paragraphs().get(p);
            String text = paragraph.text();
            for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
                int end = at + phrase.length();
                LocalRole r = new LocalRole(title, country, null, p, at, end);
                if (first == null) {
                    first = r;
                }
                for (PersonMention m : mentions) {
                    if (m.paragraph() == p && (m.start() >= end && m.start() - end <= 3 || m.end() <= at && at - m.end() <= 3)) {
                        return r;
                    }
                }
            }
        }
        return first != null ? first : new LocalRole(title, country, null, 0, 0, 0);
    }

    /** The fixture articles with expectations in a folder (each NAME.txt with its NAME.expect). */
    static List<Case> folder(Path dir) {
        List<Case> out = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path expect : files.filter(f -> f.toString().endsWith(".expect")).sorted().toList()) {
                Path article = Path.of(expect.toString().replaceFirst("\\.expect$", ".txt"));
                out.add(load(article, expect));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Seeds are kept in the seeds folder; their expectations live with the quote fixtures. */
    static List<Case> seeds(Path root) {
        List<Case> out = new ArrayList<>();
        try (var files = Files.list(root.resolve("src/test/resources/fixtures/quotes/seeds"))) {
            for (Path expect : files.filter(f -> f.toString().endsWith(".expect")).sorted().toList()) {
                String prefix = expect.getFileName().toString().replaceFirst("\\.expect$", "");
                try (var seeds = Files.list(root.resolve("seeds"))) {
                    Path article = seeds.filter(s -> s.getFileName().toString().startsWith(prefix + "_")).findFirst()
                            .orElseThrow();
                    out.add(load(article, expect));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Score of a finder's output against a case. */
    record Score(int expected, int found, int rightSpeaker, int missed, int extra, List<String> errors) {
    }

    static Score score(Case c, List<LocalQuote> quotes) {
        List<String> errors = new ArrayList<>();
        boolean[] used = new boolean[quotes.size()];
        int right = 0;
        int missed = 0;
        for (Expected e : c.quotes()) {
            int match = -1;
            for (int i = 0; i < quotes.size(); i++) {
                if (!used[i] && squash(quotes.get(i).text()).startsWith(squash(e.prefix()))) {
                    match = i;
                    break;
                }
            }
            if (match < 0) {
                missed++;
                errors.add(c.name() + ": missed quote '" + e.prefix() + "'");
                continue;
            }
            used[match] = true;
            LocalQuote q = quotes.get(match);
            String got = q.speaker() >= 0 ? c.people().get(q.speaker()).name() : null;
            if (java.util.Objects.equals(got, e.speaker())) {
                right++;
            } else {
                errors.add(c.name() + ": '" + e.prefix() + "' attributed to " + got + " (" + q.how() + ", '"
                        + q.speakerText() + "'), expected " + e.speaker());
            }
        }
        int extra = 0;
        for (int i = 0; i < quotes.size(); i++) {
            if (!used[i]) {
                extra++;
                errors.add(c.name() + ": unexpected quote '" + quotes.get(i).text() + "'");
            }
        }
        return new Score(c.quotes().size(), quotes.size(), right, missed, extra, errors);
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ").replace('’', '\'').strip();
    }
}
