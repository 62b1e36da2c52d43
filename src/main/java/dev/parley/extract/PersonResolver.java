package dev.parley.extract;

import dev.parley.extract.Tokens.Token;
import dev.parley.model.Paragraph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Decides which candidates are people, groups mentions into individuals and links lone surnames. */
final class PersonResolver {
    private final List<Paragraph> paragraphs;
    private final List<List<Token>> tokens;
    private final List<PersonCandidate> candidates;
    private final List<Integer> headlineParagraphs;
    private final List<Group> groups = new ArrayList<>();

    PersonResolver(List<Paragraph> paragraphs, List<List<Token>> tokens, List<PersonCandidate> candidates,
             List<Integer> headlineParagraphs) {
        this.paragraphs = paragraphs;
        this.tokens = tokens;
        this.candidates = candidates;
        this.headlineParagraphs = headlineParagraphs;
    }

    List<LocalPerson> resolve() {
        Set<String> acceptedFull = new HashSet<>();
        Set<String> personKeys = new HashSet<>();
        for (PersonCandidate c : candidates) {
            if (c.negative) {
                continue;
            }
            if (c.size() >= 2 && c.hasOwnEvidence()) {
                acceptedFull.add(c.fullKey());
            }
            if (c.size() == 1 && !c.common && c.contextShowsPerson()) {
                personKeys.add(c.firstKey());
            }
        }
        // a name listed with people is a person: "Mahatma Gandhi, Jawaharlal Nehru and Subhas Chandra Bose"
        Set<List<PersonCandidate>> peopleLists = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PersonCandidate c : candidates) {
            if (c.list != null && !c.negative && (c.size() >= 2 && c.hasOwnEvidence()
                    || c.size() == 1 && !c.common && c.contextShowsPerson())) {
                peopleLists.add(c.list);
            }
        }
        // a full name is accepted when any of its mentions, or its surname alone, shows a person
        List<PersonCandidate> full = new ArrayList<>();
        for (PersonCandidate c : candidates) {
            if (c.negative || c.size() < 2) {
                continue;
            }
            if (acceptedFull.contains(c.fullKey()) || personKeys.contains(c.lastKey())
                    || (c.family && personKeys.contains(c.firstKey()))
                    || (c.list != null && peopleLists.contains(c.list))
                    || c.plausible && !listHasNegative(c.list)) {
                full.add(c);
            }
        }
        full.sort((a, b) -> b.size() - a.size());
        for (PersonCandidate c : full) {
            Group g = findFullGroup(c);
            if (g == null) {
                g = new Group();
                groups.add(g);
            }
            g.add(c);
        }
        // lone words and shorter forms: link to a full name, or stand alone when the context shows a person
        Map<String, Group> surnameOnly = new LinkedHashMap<>();
        for (PersonCandidate c : candidates) {
            if (c.negative || full.contains(c)) {
                continue;
            }
            Group g = linkTarget(c);
            if (g != null) {
                g.add(c);
            } else if (c.size() == 1 && !c.common && (c.contextShowsPerson()
                    )) {
                surnameOnly.computeIfAbsent(c.firstKey(), k -> new Group()).add(c);
            }
        }
        // a lone surname shown to be a person but first seen without context is still the same person
        for (PersonCandidate c : candidates) {
            if (!c.negative && c.size() == 1 && !full.contains(c) && linkTarget(c) == null
                    && surnameOnly.containsKey(c.firstKey())) {
                Group g = surnameOnly.get(c.firstKey());
                if (!g.members.contains(c)) {
                    g.add(c);
                }
            }
        }
        groups.addAll(surnameOnly.values());
        linkHeadlines();
        List<LocalPerson> out = new ArrayList<>();
        groups.sort((a, b) -> Integer.compare(a.firstPosition(), b.firstPosition())); // no subtraction: positions can be large
        for (Group g : groups) {
            if (!g.members.isEmpty()) {
                out.add(g.toPerson());
            }
        }
        return out;
    }

    private Group findFullGroup(PersonCandidate c) {
        for (Group g : groups) {
            PersonCandidate head = g.head();
            if (head.fullKey().equals(c.fullKey()) || isSubName(c.keys, head.keys)
                    || sameSurnameSimilarGiven(c, head)) {
                return g;
            }
        }
        return null;
    }

    /** "Velmor, Ostrava Nueva and Lisbon": a list that holds a place or an organisation is not of people. */
    private boolean listHasNegative(List<PersonCandidate> list) {
        if (list == null) {
            return false;
        }
        for (PersonCandidate c : list) {
            if (c.negative) {
                return true;
            }
        }
        return false;
    }

    /** "Lula da Silva" inside "Luiz Inácio Lula da Silva", "López Obrador" inside "Andrés Manuel López Obrador". */
    private boolean isSubName(List<String> part, List<String> whole) {
        if (part.size() >= whole.size()) {
            return false;
        }
        outer:
        for (int i = 0; i + part.size() <= whole.size(); i++) {
            for (int j = 0; j < part.size(); j++) {
                if (!whole.get(i + j).equals(part.get(j))) {
                    continue outer;
                }
            }
            return i + part.size() == whole.size() || i == 0 && part.size() >= 2;
        }
        return false;
    }

    /** "Marko Petrov" and "Sergei Petrov"; "Joe Biden" and "Hunter Biden" stay apart. */
    private boolean sameSurnameSimilarGiven(PersonCandidate a, PersonCandidate b) {
        if (!a.lastKey().equals(b.lastKey())) {
            return false;
        }
        String x = a.firstKey();
        String y = b.firstKey();
        int common = Math.min(4, Math.min(x.length(), y.length()));
        return x.regionMatches(0, y, 0, common) && Math.min(x.length(), y.length()) >= 3;
    }

    /** The full-name group a shorter mention refers to, or null. */
    private Group linkTarget(PersonCandidate c) {
        List<Group> best = new ArrayList<>();
        int bestRank = Integer.MAX_VALUE;
        for (Group g : groups) {
            int rank = g.linkRank(c.keys);
            if (rank < bestRank) {
                best.clear();
                bestRank = rank;
            }
            if (rank == bestRank && rank != Integer.MAX_VALUE) {
                best.add(g);
            }
        }
        if (best.isEmpty()) {
            return null;
        }
        if (best.size() == 1) {
            return best.get(0);
        }
        // several people share the word: the one mentioned most recently before this mention
        int pos = position(c.paragraph, c.startOffset());
        Group chosen = null;
        int chosenPos = Integer.MIN_VALUE;
        for (Group g : best) {
            int last = g.lastPositionBefore(pos);
            if (last > chosenPos) {
                chosenPos = last;
                chosen = g;
            }
        }
        return chosen != null ? chosen : best.get(0);
    }

    /** Headline and all-capitals lines only repeat names: match their words to the people already found. */
    private void linkHeadlines() {
        if (headlineParagraphs.isEmpty() || groups.isEmpty()) {
            return;
        }
        for (int pi : headlineParagraphs) {
            List<Token> t = tokens.get(pi);
            String text = paragraphs.get(pi).text();
            int k = 0;
            while (k < t.size()) {
                Token tok = t.get(k);
                if (!tok.isWord() || Character.isLowerCase(tok.text().charAt(0))) {
                    k++;
                    continue;
                }
                int matched = 0;
                for (int len = 3; len >= 1 && matched == 0; len--) {
                    if (k + len > t.size()) {
                        continue;
                    }
                    List<String> keys = new ArrayList<>(len);
                    boolean ok = true;
                    for (int j = k; j < k + len; j++) {
                        Token w = t.get(j);
                        ok &= w.isWord() && !Character.isLowerCase(w.text().charAt(0));
                        keys.add(w.key());
                    }
                    if (!ok) {
                        continue;
                    }
                    for (Group g : groups) {
                        if (g.matchesHeadline(keys)) {
                            PersonCandidate c = new PersonCandidate();
                            c.paragraph = pi;
                            c.tokens = t;
                            c.runStart = k;
                            c.start = k;
                            c.end = k + len;
                            c.keys = keys;
                            c.text = text.substring(t.get(k).start(), t.get(k + len - 1).end());
                            g.add(c);
                            matched = len;
                            break;
                        }
                    }
                }
                k += Math.max(1, matched);
            }
        }
    }

    private int position(int paragraph, int offset) {
        return paragraph * 1_000_000 + offset;
    }

    /** The mentions of one individual. */
    private final class Group {
        final List<PersonCandidate> members = new ArrayList<>();
        final Set<String> fullKeys = new LinkedHashSet<>();
        PersonCandidate head;

        void add(PersonCandidate c) {
            members.add(c);
            if (c.size() >= 2) {
                fullKeys.add(c.fullKey());
            }
            if (head == null || c.size() > head.size()) {
                head = c;
            }
        }

        PersonCandidate head() {
            return head;
        }

        /** 0 surname, 1 East Asian family name written first, 2 other word of the name; MAX_VALUE none. */
        int linkRank(List<String> keys) {
            if (head == null || head.size() < 2) {
                return Integer.MAX_VALUE;
            }
            if (keys.size() >= 2) {
                return isSubName(keys, head.keys) || fullKeys.contains(String.join(" ", keys))
                        ? 0 : Integer.MAX_VALUE;
            }
            String k = keys.get(0);
            if (head.lastKey().equals(k)) {
                return 0;
            }
            if (head.family && head.firstKey().equals(k)) {
                return 1;
            }
            for (int i = 0; i < head.size() - 1; i++) {
                if (head.keys.get(i).equals(k)) {
                    return 2;
                }
            }
            return Integer.MAX_VALUE;
        }

        boolean matchesHeadline(List<String> keys) {
            if (head == null) {
                return false;
            }
            if (keys.size() >= 2) {
                return fullKeys.contains(String.join(" ", keys));
            }
            String k = keys.get(0);
            return head.lastKey().equals(k) || head.size() >= 2 && head.family && head.firstKey().equals(k);
        }

        int firstPosition() {
            int best = Integer.MAX_VALUE;
            for (PersonCandidate c : members) {
                best = Math.min(best, position(c.paragraph, c.startOffset()));
            }
            return best;
        }

        int lastPositionBefore(int pos) {
            int best = Integer.MIN_VALUE;
            for (PersonCandidate c : members) {
                int p = position(c.paragraph, c.startOffset());
                if (p < pos) {
                    best = Math.max(best, p);
                }
            }
            return best;
        }

        LocalPerson toPerson() {
            members.sort((a, b) -> Integer.compare(position(a.paragraph, a.startOffset()),
                    position(b.paragraph, b.startOffset())));
            PersonCandidate fullest = members.get(0);
            for (PersonCandidate c : members) {
                if (c.size() > fullest.size() || c.size() == fullest.size()
                        && c.text.length() > fullest.text.length()) {
                    fullest = c;
                }
            }
            Set<String> forms = new LinkedHashSet<>();
            forms.add(fullest.text);
            List<PersonMention> mentions = new ArrayList<>();
            Map<String, LocalRole> roles = new LinkedHashMap<>();
            Set<String> seenMention = new HashSet<>();
            for (PersonCandidate c : members) {
                if (!seenMention.add(c.paragraph + ":" + c.startOffset())) {
                    continue;
                }
                forms.add(c.text);
                String form = c.size() >= 2 ? "full"
                        : c.title != null && !c.title.isHonorific() ? "title" : "surname";
                mentions.add(new PersonMention(c.paragraph, c.startOffset(), c.endOffset(), c.text, form));
                for (LocalRole r : c.roles) {
                    roles.putIfAbsent(r.title() + "|" + r.country() + "|" + r.organisation(), r);
                }
            }
            return new LocalPerson(fullest.text, new ArrayList<>(forms), mentions, specific(roles.values()));
        }
    }

    /** Drops a role that a more precise one of the same person covers ("Minister" beside "Minister of Defence"). */
    static List<LocalRole> specific(Collection<LocalRole> roles) {
        List<LocalRole> out = new ArrayList<>();
        for (LocalRole r : roles) {
            boolean covered = false;
            for (LocalRole other : roles) {
                if (other != r && other.title().contains(r.title()) && (r.country() == null
                        || r.country().equals(other.country())) && (r.organisation() == null
                        || r.organisation().equals(other.organisation()))
                        && (!other.title().equals(r.title()) || r.country() == null && other.country() != null)) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                out.add(r);
            }
        }
        return out;
    }
}
