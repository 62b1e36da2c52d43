package dev.parley.extract;

import dev.parley.extract.Tokens.Kind;
import dev.parley.extract.Tokens.Token;
import dev.parley.text.Fold;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads the roles a paragraph gives a name: the title phrase before it, or an appositive after it. */
final class RoleReader extends ParagraphReader {
    /** Words that may link a title phrase to a name ("Minister of Foreign Affairs of the Russian Federation"). */
    private static final Set<String> CONNECTORS = Set.of("of", "the", "for", "and", "to", "in", "at", "on");
    private static final Set<String> APPOSITIVE_OPENERS = Set.of("a", "an", "the", "who", "whose", "his", "her",
            "its", "their", "our", "also", "now", "then", "currently", "formerly");

    RoleReader(ParagraphReader same) {
        super(same);
    }

    /** Roles from the title phrase that ends right before the name at token p. */
    List<LocalRole> rolesBefore(int p) {
        int k = p - 1;
        while (k >= 0 && t.get(k).isWord() && isHonorific(k)) {
            k--; // "the Prime Minister of the Russian Federation, Mr. Pavel Orlov"
        }
        if (k >= 1 && t.get(k).is(",") && inTitlePhrase(t.get(k - 1))) {
            k--; // "the Ambassador of the Russian Federation, Pavel Orlov"
        }
        if (k >= 0 && CONNECTORS.contains(t.get(k).lower())) {
            return List.of(); // "coach of Independiente": the name is the organisation
        }
        int phraseEnd = k + 1;
        int b = phraseEnd;
        while (k >= 0 && inTitlePhrase(t.get(k))) {
            b = k;
            k--;
        }
        while (b < phraseEnd && (CONNECTORS.contains(t.get(b).lower()) || !t.get(b).isWord())) {
            b++;
        }
        int e = phraseEnd;
        while (e > b && !t.get(e - 1).isWord()) {
            e--;
        }
        return parseRoles(b, e);
    }

    /** Roles from an appositive that starts at token i: "Pavel Orlov, Ambassador of Russia,". */
    List<LocalRole> rolesAfter(int i) {
        int b = i;
        while (b < t.size() && t.get(b).isWord() && APPOSITIVE_OPENERS.contains(t.get(b).lower())
                && !t.get(b).lower().equals("who")) {
            b++;
        }
        int e = b;
        while (e < t.size() && (inTitlePhrase(t.get(e)) || t.get(e).kind() == Kind.POSSESSIVE)) {
            e++;
        }
        while (e > b && CONNECTORS.contains(t.get(e - 1).lower())) {
            e--;
        }
        if (e == b || lex.titles.match(t, firstTitle(b, e)) == null) {
            return List.of();
        }
        return parseRoles(b, e);
    }

    private boolean isHonorific(int k) {
        Titles.Match m = lex.titles.match(t, k);
        return m != null && m.isHonorific() && m.end() == k + 1;
    }

    private int firstTitle(int b, int e) {
        for (int j = b; j < e; j++) {
            if (lex.titles.match(t, j) != null) {
                return j;
            }
        }
        return b;
    }

    private boolean inTitlePhrase(Token tok) {
        if (tok.kind() == Kind.POSSESSIVE) {
            return true;
        }
        if (!tok.isWord()) {
            return false;
        }
        String lower = tok.lower();
        if (CONNECTORS.contains(lower) && !lower.equals("to") && !lower.equals("in") && !lower.equals("at")
                && !lower.equals("on")) {
            return true;
        }
        if (lex.titles.isTitleWord(lower)) {
            return true;
        }
        String key = tok.key();
        if (lex.isPlace(key) || lex.notNames.contains(key) && Character.isUpperCase(tok.text().charAt(0))
                && lex.gazetteer.country(key) != null) {
            return true;
        }
        if (tok.capitalised() || tok.allCaps()) {
            return lex.orgWords.containsKey(key) || isCountryWord(key);
        }
        return false;
    }

    private boolean isCountryWord(String key) {
        return lex.gazetteer.country(key) != null || key.equals("republic") || key.equals("federation")
                || key.equals("united") || key.equals("nations") || key.equals("kingdom");
    }

    /** Splits a title phrase on "and" and commas and reads a title, country and organisation from each part. */
    private List<LocalRole> parseRoles(int b, int e) {
        List<RolePart> parts = new ArrayList<>();
        RolePart part = new RolePart();
        int i = b;
        while (i < e) {
            Token tok = t.get(i);
            if (tok.is(",") || tok.lower().equals("and") && tok.isWord()) {
                parts.add(part);
                part = new RolePart();
                i++;
                continue;
            }
            Titles.Match m = lex.titles.match(t, i);
            if (m != null && m.end() <= e) {
                if (part.title != null) {
                    parts.add(part);
                    part = new RolePart();
                }
                if (!m.isHonorific()) {
                    part.title = m;
                    part.start = t.get(m.start()).start();
                }
                part.end = t.get(m.end() - 1).end();
                i = m.end();
                continue;
            }
            int len = countryAt(i, e);
            if (len > 0) {
                String country = lex.gazetteer.country(joined(i, i + len));
                if (part.country == null) {
                    part.country = country;
                }
                if (part.start < 0) {
                    part.start = tok.start();
                }
                part.end = t.get(i + len - 1).end();
                i += len;
                continue;
            }
            if (tok.isWord() && (tok.capitalised() || tok.allCaps()) && !lex.isPlace(Fold.key(tok.text()))
                    && part.title != null) {
                int j = i;
                while (j < e && t.get(j).isWord() && (t.get(j).capitalised() || t.get(j).allCaps()
                        || t.get(j).lower().equals("of") && j + 1 < e && t.get(j + 1).capitalised())) {
                    j++;
                }
                if (part.organisation == null && j > i) {
                    part.organisation = joined(i, j);
                    part.end = t.get(j - 1).end();
                }
                i = Math.max(j, i + 1);
                continue;
            }
            i++;
        }
        parts.add(part);
        List<LocalRole> roles = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            RolePart rp = parts.get(k);
            if (rp.title == null) {
                continue;
            }
            String country = rp.country;
            for (int j = k + 1; country == null && j < parts.size(); j++) {
                country = parts.get(j).country; // "Deputy Prime Minister and Minister of ... of Serbia"
            }
            for (int j = k - 1; country == null && j >= 0; j--) {
                country = parts.get(j).country; // "Serbian Prime Minister and Defence Minister"
            }
            String org = country == null ? rp.organisation : null;
            roles.add(new LocalRole(rp.title.title(), country, org, pi, rp.start, Math.max(rp.end, rp.start)));
        }
        return roles;
    }

    private int countryAt(int i, int e) {
        int max = Math.min(lex.gazetteer.longestForm() + 1, e - i);
        for (int len = max; len >= 1; len--) {
            boolean words = true;
            for (int j = i; j < i + len; j++) {
                words &= t.get(j).isWord();
            }
            if (words && lex.gazetteer.country(joined(i, i + len)) != null) {
                return len;
            }
        }
        return 0;
    }

    private String joined(int from, int to) {
        return text.substring(t.get(from).start(), t.get(to - 1).end());
    }

    private static final class RolePart {
        Titles.Match title;
        String country;
        String organisation;
        int start = -1;
        int end = -1;
    }
}
