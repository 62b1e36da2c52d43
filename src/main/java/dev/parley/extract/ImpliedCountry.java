package dev.parley.extract;

import dev.parley.extract.Tokens.Token;
import dev.parley.model.Document;
import dev.parley.model.Paragraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives a government title that names no country ("President", "Minister of Defence") the country of the
 * document, when the document is clearly about one country: that country is named far more often than any other
 * (as a name or an adjective: "Serbia", "the Serbian president"), the dateline does not point elsewhere, and no
 * role in the document names another country. Otherwise the role keeps no country: unknown is better than wrong.
 */
final class ImpliedCountry {
    /** The leading country must be named at least this often, and this many times as often as the next one. */
    private static final int MIN_MENTIONS = 3;
    private static final int DOMINANCE = 3;

    private ImpliedCountry() {
    }

    static List<LocalPerson> fill(Document doc, List<List<Token>> tokens, List<LocalPerson> people, NameLexicon lex) {
        if (!hasOpenRole(people)) {
            return people;
        }
        String country = country(doc, tokens, people, lex);
        if (country == null) {
            return people;
        }
        List<LocalPerson> out = new ArrayList<>(people.size());
        for (LocalPerson p : people) {
            if (p.roles().stream().noneMatch(ImpliedCountry::isOpen)) {
                out.add(p);
                continue;
            }
            Map<String, LocalRole> roles = new LinkedHashMap<>();
            for (LocalRole r : p.roles()) {
                LocalRole filled = isOpen(r)
                        ? new LocalRole(r.title(), country, null, r.paragraph(), r.start(), r.end()) : r;
                roles.putIfAbsent(filled.title() + "|" + filled.country() + "|" + filled.organisation(), filled);
            }
            out.add(new LocalPerson(p.name(), p.forms(), p.mentions(), PersonResolver.specific(roles.values())));
        }
        return out;
    }

    private static boolean hasOpenRole(List<LocalPerson> people) {
        for (LocalPerson p : people) {
            for (LocalRole r : p.roles()) {
                if (isOpen(r)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A national government office with neither a country nor an organisation. */
    private static boolean isOpen(LocalRole r) {
        if (r.country() != null || r.organisation() != null) {
            return false;
        }
        String t = r.title();
        return t.startsWith("President") || t.startsWith("Vice President") || t.equals("Prime Minister")
                || t.equals("Deputy Prime Minister") || t.equals("Premier") || t.equals("Chancellor")
                || t.contains("Minister");
    }

    /** The one country the document is about, or null; every role that names a country must name it. */
    static String country(Document doc, List<List<Token>> tokens, List<LocalPerson> people, NameLexicon lex) {
        String named = null;
        for (LocalPerson p : people) {
            for (LocalRole r : p.roles()) {
                if (r.country() == null) {
                    continue;
                }
                if (named != null && !named.equals(r.country())) {
                    return null;
                }
                named = r.country();
            }
        }
        return confirmed(doc, tokens, lex, named);
    }

    /** The most named country when it dominates the text (and is {@code expected} when that is given), or null. */
    private static String confirmed(Document doc, List<List<Token>> tokens, NameLexicon lex, String expected) {
        Map<String, Integer> counts = new HashMap<>();
        List<Paragraph> paragraphs = doc.paragraphs();
        for (int pi = 0; pi < paragraphs.size(); pi++) {
            count(paragraphs.get(pi).text(), tokens.get(pi), lex, counts);
        }
        String dateline = doc.place() == null ? null : datelineCountry(doc.place(), lex);
        if (dateline != null) {
            counts.merge(dateline, 1, Integer::sum);
        }
        String top = null;
        int best = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int n = e.getValue();
            if (n > best) {
                second = best;
                best = n;
                top = e.getKey();
            } else if (n > second) {
                second = n;
            }
        }
        if (top == null || best < MIN_MENTIONS || best < DOMINANCE * second) {
            return null;
        }
        if (expected != null && !expected.equals(top) || dateline != null && !dateline.equals(top)) {
            return null;
        }
        return top;
    }

    private static String datelineCountry(String place, NameLexicon lex) {
        String c = lex.gazetteer.country(place);
        if (c != null) {
            return c;
        }
        Gazetteer.Place p = lex.gazetteer.place(place);
        return p == null ? null : p.country();
    }

    /** Counts the countries a paragraph names, by name, official name or adjective, longest form first. */
    private static void count(String text, List<Token> t, NameLexicon lex, Map<String, Integer> counts) {
        int longest = lex.gazetteer.longestForm();
        int i = 0;
        while (i < t.size()) {
            Token tok = t.get(i);
            if (!tok.isWord() || !(tok.capitalised() || tok.allCaps()) || !lex.countryFirstWords.contains(tok.key())) {
                i++;
                continue;
            }
            int matched = 0;
            for (int len = Math.min(longest, t.size() - i); len >= 1 && matched == 0; len--) {
                if (!t.get(i + len - 1).isWord()) {
                    continue;
                }
                String c = lex.gazetteer.country(text.substring(tok.start(), t.get(i + len - 1).end()));
                if (c != null) {
                    counts.merge(c, 1, Integer::sum);
                    matched = len;
                }
            }
            i += Math.max(1, matched);
        }
    }
}
