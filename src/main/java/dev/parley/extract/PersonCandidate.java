package dev.parley.extract;

import dev.parley.extract.Tokens.Kind;
import dev.parley.extract.Tokens.Token;

import java.util.ArrayList;
import java.util.List;

/** One run of capitalised words that may name a person, with the evidence around it. */
final class PersonCandidate {
    int paragraph;
    List<Token> tokens;
    /** First token of the run (title included) and the name part [start, end). */
    int runStart;
    int start;
    int end;
    String text;
    /** Folded keys of the name words, particles and initials excluded. */
    List<String> keys = new ArrayList<>();
    Titles.Match title;
    boolean titled;
    boolean given;
    boolean family;
    boolean surname;
    boolean shape;
    boolean verbAfter;
    boolean verbBefore;
    boolean appositive;
    boolean negative;
    boolean common;
    /** Name words that are ordinary words of a language rather than names. */
    int ordinaryWords;
    /** A name of two or three unknown words with nothing around it that says "place" or "thing". */
    boolean plausible;
    /** Candidates listed together ("A, B and C") share a list; null when not in a list. */
    List<PersonCandidate> list;
    /** Offset where the written name starts: before {@code start} when it opens with a particle. */
    int textStart = -1;
    List<LocalRole> roles = new ArrayList<>();

    int size() {
        return keys.size();
    }

    boolean hasOwnEvidence() {
        return titled || given || family || surname || shape || verbAfter || verbBefore || appositive;
    }

    boolean contextShowsPerson() {
        return titled || verbAfter || verbBefore || appositive;
    }

    String firstKey() {
        return keys.get(0);
    }

    String lastKey() {
        return keys.get(keys.size() - 1);
    }

    String fullKey() {
        return String.join(" ", keys);
    }

    int startOffset() {
        return textStart >= 0 ? textStart : tokens.get(start).start();
    }

    int endOffset() {
        return tokens.get(end - 1).end();
    }
}
