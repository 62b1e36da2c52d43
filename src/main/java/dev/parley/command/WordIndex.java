package dev.parley.command;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Distinct strings (folded words or keys), sorted, each with the entries that have it. Finds the entries with a
 * string equal to, or starting with, a typed word by binary search, so a key press costs what it matches, not what
 * the model holds. Immutable once built.
 */
final class WordIndex {
    private final String[] words;
    private final int[][] owners;
    private final int size;

    /** @param perEntry the strings of each entry, by entry index */
    WordIndex(List<? extends Iterable<String>> perEntry) {
        Map<String, IntList> map = new HashMap<>();
        for (int i = 0; i < perEntry.size(); i++) {
            for (String w : perEntry.get(i)) {
                IntList l = map.computeIfAbsent(w, k -> new IntList());
                if (l.n == 0 || l.a[l.n - 1] != i) {
                    l.add(i);
                }
            }
        }
        words = map.keySet().toArray(new String[0]);
        Arrays.sort(words);
        owners = new int[words.length][];
        for (int i = 0; i < words.length; i++) {
            owners[i] = map.get(words[i]).toArray();
        }
        size = perEntry.size();
    }

    /** Entries with exactly this string. */
    BitSet equal(String w) {
        BitSet out = new BitSet(size);
        int i = Arrays.binarySearch(words, w);
        if (i >= 0) {
            for (int o : owners[i]) {
                out.set(o);
            }
        }
        return out;
    }

    /** Entries with a string that starts with {@code prefix}. */
    BitSet startingWith(String prefix) {
        BitSet out = new BitSet(size);
        int from = lowerBound(prefix);
        for (int i = from; i < words.length && words[i].startsWith(prefix); i++) {
            for (int o : owners[i]) {
                out.set(o);
            }
        }
        return out;
    }

    /** Every distinct string, sorted. */
    String[] words() {
        return words;
    }

    int[] owners(int wordIndex) {
        return owners[wordIndex];
    }

    private int lowerBound(String s) {
        int lo = 0;
        int hi = words.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words[mid].compareTo(s) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static final class IntList {
        int[] a = new int[2];
        int n;

        void add(int v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }

    /** Splits folded text into words at white space and punctuation. */
    static List<String> split(String folded) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean letter = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                out.add(folded.substring(start, i));
                start = -1;
            }
        }
        return out;
    }
}
