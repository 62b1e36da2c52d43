package dev.parley.ingest;

import dev.parley.extract.Dates;
import dev.parley.extract.Sentences;

import dev.parley.extract.Gazetteer;
import dev.parley.extract.Vocabulary;
import dev.parley.model.DocDate;
import dev.parley.model.Document;
import dev.parley.model.Paragraph;
import dev.parley.text.Fold;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the text of one article into a {@link Document}: title, source, dateline, date and clean paragraphs.
 *
 * <p>Articles arrive as text copied from web pages and agency feeds, so the leading lines may be a URL, site
 * navigation ("All news"), the issuing body ("Ministry of ..."), the title (sometimes twice) and a standfirst;
 * the first paragraph may open with a dateline ("BELGRADE, December 4 /TASS/."), the last may end with an agency
 * signature ("/ibna"). Those parts become fields; what remains are the paragraphs the extractors read.
 */
public final class ArticleParser {
    /** A header line longer than this is body text, not a title. */
    private static final int TITLE_MAX_CHARS = 200;
    private static final int TITLE_MAX_WORDS = 30;
    /** A lead-derived title is cut at a word boundary near this length. */
    private static final int DERIVED_TITLE_CHARS = 100;
    /** Lines of a block no longer than this are treated as hard-wrapped prose and joined. */
    private static final int WRAPPED_LINE_MAX = 100;
    private static final int HEADER_UNITS_MAX = 6;

    private static final Pattern URL_LINE = Pattern.compile("(?i)^(?:https?://|www\\.)(\\S+)$");
    /** A full stop, then a capitalised word: two sentences, which a title never is. */
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("\\p{Ll}{2}[.!?] +\\p{Lu}");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern SIGNATURE = Pattern.compile("(?<=[.!?\"”»’)])\\s*/\\s*([A-Za-z][A-Za-z.&-]{1,24})\\s*/?$");
    private static final Pattern SIGNATURE_PARENS = Pattern.compile("(?<=[.!?\"”»’])\\s*\\(([A-Z][A-Za-z.&-]{1,24})\\)$");
    /**
     * Dateline: a place in capitals (or a capitalised place followed by a date or agency), then optionally a date
     * and an agency in slashes or parentheses, then a separator.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^(?<place>[A-Z][A-Z .'’-]{1,40}?|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})"
                    + "(?:,\\s*(?<date>[A-Za-z]{3,9}\\.? \\d{1,2}(?:,? \\d{4})?|\\d{1,2} [A-Za-z]{3,9}\\.?(?: \\d{4})?)"
                    + "|,\\s*(?<region>[A-Z][A-Za-z]{1,12}\\.?))?"
                    + "\\s*(?:/\\s*(?<agency1>[A-Za-z][A-Za-z .&-]{1,24}?)\\s*/|\\((?<agency2>[A-Za-z][A-Za-z .&-]{1,24}?)\\))?"
                    + "\\s*(?<sep>[.:](?=\\s)|--|[–—]|(?<=\\s)-(?=\\s))\\s*");

    private static final ArticleParser DEFAULT = new ArticleParser(Vocabulary.get());

    private final Gazetteer gazetteer = Gazetteer.get();
    private final Set<String> boilerplate;
    private final Set<String> outletWords;
    private final Sentences sentences;
    private final Dates dates;

    ArticleParser(Vocabulary vocab) {
        this.boilerplate = vocab.lowerSet("boilerplate");
        this.outletWords = vocab.lowerSet("outlet-words");
        this.sentences = new Sentences(vocab);
        this.dates = new Dates(vocab);
    }

    public static Document parse(SourceFile source) {
        return DEFAULT.parseDocument(source);
    }

    Document parseDocument(SourceFile source) {
        if (source.page() != null) {
            return fromPage(source, source.page());
        }
        List<String> units = joinBrokenSentences(units(clean(source.text())));
        Header header = new Header();
        int body = readHeader(units, header);
        List<String> paragraphs = new ArrayList<>(units.subList(body, units.size()));
        takeSignature(paragraphs, header);
        takeDateline(paragraphs, header);
        paragraphs.removeIf(String::isBlank);

        List<Paragraph> out = new ArrayList<>(paragraphs.size());
        for (String p : paragraphs) {
            out.add(new Paragraph(p, sentences.split(p)));
        }
        String title = header.title;
        String titleFrom = "header";
        if (title == null) {
            title = out.isEmpty() ? source.id() : deriveTitle(out.get(0));
            titleFrom = out.isEmpty() ? "file" : "lead";
        }
        DocDate date = header.date != null ? header.date
                : header.datelineDate != null ? header.datelineDate
                : header.url != null ? dates.fromUrl(header.url) : null;
        return new Document(source.id(), source.file(), title, titleFrom, header.source, header.place, date, out,
                List.of(), List.of());
    }

    /**
     * A web page's paragraphs are already clean and split; its metadata gives title, outlet and date. A dateline at
     * the start of the first paragraphs gives the place, as in text articles.
     */
    private Document fromPage(SourceFile source, WebPage page) {
        List<String> paragraphs = new ArrayList<>();
        for (String p : page.paragraphs()) {
            String c = SPACES.matcher(clean(p)).replaceAll(" ").strip();
            if (!c.isEmpty()) {
                paragraphs.add(c);
            }
        }
        Header header = new Header();
        takeDateline(paragraphs, header);
        paragraphs.removeIf(String::isBlank);
        List<Paragraph> out = new ArrayList<>(paragraphs.size());
        for (String p : paragraphs) {
            out.add(new Paragraph(p, sentences.split(p)));
        }
        String title = page.title();
        String titleFrom = page.titleFrom();
        if (title == null) {
            title = out.isEmpty() ? source.id() : deriveTitle(out.get(0));
            titleFrom = out.isEmpty() ? "file" : "lead";
        }
        // the page's own metadata is more trusted than its dateline; the dateline gives the place
        String outlet = page.source() != null ? page.source() : header.source;
        DocDate date = page.date() != null ? page.date() : header.datelineDate;
        return new Document(source.id(), source.file(), title, titleFrom, outlet, header.place, date, out,
                List.of(), List.of());
    }

    private static final class Header {
        String url;
        String title;
        String source;
        String place;
        DocDate date;
        DocDate datelineDate;
    }

    /** NFC, no control or zero-width characters, tabs and odd spaces as spaces; newlines kept. */
    static String clean(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c == '\n') {
                out.append(c);
            } else if (c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u2028' || c == '\u2029') {
                out.append(c == '\u2028' || c == '\u2029' ? '\n' : ' ');
            } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == '\uFEFF' || c == '\u200B'
                    || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
                // dropped: control characters and invisible direction overrides never belong in article text
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Blocks of non-blank lines become paragraphs. A block of several short lines is hard-wrapped prose and is
     * joined; a block of long lines has one paragraph a line (feeds that put no blank line between paragraphs).
     */
    private static List<String> units(String text) {
        List<String> out = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String l = SPACES.matcher(line).replaceAll(" ").strip();
            if (l.isEmpty()) {
                flush(block, out);
            } else {
                block.add(l);
            }
        }
        flush(block, out);
        return out;
    }

    private static void flush(List<String> block, List<String> out) {
        if (block.isEmpty()) {
            return;
        }
        int longest = block.stream().mapToInt(String::length).max().orElse(0);
        if (block.size() >= 3 && longest <= WRAPPED_LINE_MAX) {
            out.add(String.join(" ", block));
        } else {
            List<String> merged = joinBrokenSentences(block);
            out.addAll(merged);
        }
        block.clear();
    }

    /** A paragraph that stops mid-sentence and a next one that starts in lower case are one paragraph. */
    private static List<String> joinBrokenSentences(List<String> units) {
        List<String> out = new ArrayList<>(units.size());
        for (String u : units) {
            if (!out.isEmpty() && Character.isLowerCase(u.codePointAt(0)) && !endsSentence(out.get(out.size() - 1))) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + u);
            } else {
                out.add(u);
            }
        }
        return out;
    }

    private static boolean endsSentence(String s) {
        char last = s.charAt(s.length() - 1);
        return ".!?:;\"”»’)]…".indexOf(last) >= 0;
    }

    /** Reads URL, navigation, outlet, date and title lines at the top; returns the index of the first body unit. */
    private int readHeader(List<String> units, Header header) {
        int i = 0;
        while (i < units.size() && i < HEADER_UNITS_MAX) {
            String u = units.get(i);
            Matcher url = URL_LINE.matcher(u);
            if (url.matches()) {
                header.url = u;
                if (header.source == null) {
                    header.source = host(url.group(1));
                }
                i++;
            } else if (boilerplate.contains(u.toLowerCase(Locale.ROOT))) {
                i++;
            } else if (!isHeaderLike(u)) {
                break;
            } else if (header.date == null && isDateLine(u)) {
                header.date = dates.find(u, "header");
                i++;
            } else if (header.title != null) {
                if (Fold.key(u).equals(Fold.key(header.title))) {
                    i++; // the same title printed twice (page heading and article heading)
                    continue;
                }
                break; // a standfirst: body text
            } else if (isOutletLine(u) && i + 1 < units.size() && isHeaderLike(units.get(i + 1))) {
                header.source = u;
                i++;
            } else {
                header.title = u;
                i++;
            }
        }
        return i;
    }

    private static String host(String rest) {
        String h = rest.replaceFirst("^//", "");
        int slash = h.indexOf('/');
        if (slash >= 0) {
            h = h.substring(0, slash);
        }
        return h.startsWith("www.") ? h.substring(4) : h;
    }

    /** Short, and not ending like a sentence of prose. */
    private static boolean isHeaderLike(String u) {
        if (u.length() > TITLE_MAX_CHARS || u.split(" ").length > TITLE_MAX_WORDS || SENTENCE_INSIDE.matcher(u).find()) {
            return false;
        }
        return !u.endsWith(".") || u.endsWith("..."); // titles rarely end with a full stop
    }

    /** A short line that is mostly a date: one with a year, or a bare "December 4". */
    private boolean isDateLine(String u) {
        int words = u.split(" ").length;
        if (words > 8) {
            return false;
        }
        DocDate d = dates.find(u, "header");
        return d != null && (!d.precision().equals("month-day") || words <= 3);
    }

    private boolean isOutletLine(String u) {
        String[] words = u.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        if (words.length > 8) {
            return false;
        }
        for (String w : words) {
            if (outletWords.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static void takeSignature(List<String> paragraphs, Header header) {
        if (paragraphs.isEmpty()) {
            return;
        }
        int last = paragraphs.size() - 1;
        String p = paragraphs.get(last);
        for (Pattern pattern : new Pattern[] {SIGNATURE, SIGNATURE_PARENS}) {
            Matcher m = pattern.matcher(p);
            if (m.find()) {
                if (header.source == null) {
                    header.source = m.group(1);
                }
                paragraphs.set(last, p.substring(0, m.start()).strip());
                return;
            }
        }
    }

    private void takeDateline(List<String> paragraphs, Header header) {
        for (int i = 0; i < Math.min(2, paragraphs.size()); i++) {
            String p = paragraphs.get(i);
            Matcher m = DATELINE.matcher(p);
            if (!m.lookingAt()) {
                continue;
            }
            String place = m.group("place").strip();
            String date = m.group("date");
            String agency = m.group("agency1") != null ? m.group("agency1") : m.group("agency2");
            boolean capitals = place.equals(place.toUpperCase(Locale.ROOT)) && place.chars().anyMatch(Character::isLetter);
            boolean known = gazetteer.place(titleCase(place)) != null || gazetteer.country(titleCase(place)) != null
                    || m.group("region") != null;
            boolean dash = !m.group("sep").equals(".") && !m.group("sep").equals(":");
            if (date == null && agency == null) {
                // without a date or an agency, only a known place ("Shillong:", "WASHINGTON —") makes a dateline;
                // a capitalised word and a full stop is just a short sentence
                boolean labelled = capitals ? known || dash : known && !m.group("sep").equals(".");
                if (!labelled) {
                    continue;
                }
            }
            DocDate d = date == null ? null : dates.find(date, "dateline");
            if (date != null && d == null) {
                continue;
            }
            // "TODAY NICARAGUA TRAVEL –": a section label in dateline position is no place, but it is not text either
            header.place = known || date != null || agency != null ? titleCase(place) : null;
            header.datelineDate = d;
            if (agency != null) {
                header.source = agency.strip();
            }
            paragraphs.set(i, p.substring(m.end()));
            return;
        }
    }

    private static String titleCase(String place) {
        if (!place.equals(place.toUpperCase(Locale.ROOT))) {
            return place;
        }
        StringBuilder out = new StringBuilder(place.length());
        boolean start = true;
        for (char c : place.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return out.toString();
    }

    private static String deriveTitle(Paragraph first) {
        String s = first.sentences().isEmpty() ? first.text()
                : first.text().substring(first.sentences().get(0).start(), first.sentences().get(0).end());
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.length() <= DERIVED_TITLE_CHARS) {
            return s;
        }
        int cut = s.lastIndexOf(' ', DERIVED_TITLE_CHARS);
        return s.substring(0, cut > 0 ? cut : DERIVED_TITLE_CHARS).replaceAll("[,;:]$", "") + "…";
    }
}
