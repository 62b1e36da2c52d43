package dev.parley.corpus;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The event grouper's dated groups, found by person and by first day: each group is a number (the order it was made
 * in) filed under each of its people at its first day. A report only joins a group of one of its own people that
 * starts within a few days of it, so a query reads those few days of those few people instead of every group a
 * person ever had (a head of government meets someone nearly every day of a large corpus).
 *
 * <p>Each person's groups are one sorted set of keys that put the day first and the group second, so a window of
 * days is one range of the set and the groups come out in the order they were made, as a scan of all would try them.
 */
final class GroupDays {
    private final Map<String, NavigableSet<Long>> byPerson = new HashMap<>();

    /** Files group {@code id} (not negative) under each of {@code people} at {@code first}. */
    void add(int id, LocalDate first, Collection<String> people) {
        long key = key(first.toEpochDay(), id);
        for (String p : people) {
            byPerson.computeIfAbsent(p, k -> new TreeSet<>()).add(key);
        }
    }

    /** Takes group {@code id} out again, as {@link #add} filed it; before its first day or its people change. */
    void remove(int id, LocalDate first, Collection<String> people) {
        long key = key(first.toEpochDay(), id);
        for (String p : people) {
            NavigableSet<Long> s = byPerson.get(p);
            if (s != null) {
                s.remove(key);
            }
        }
    }

    /** The groups of any of {@code people} whose first day lies in [{@code from}, {@code to}], in ascending order. */
    int[] within(Collection<String> people, LocalDate from, LocalDate to) {
        long lo = key(from.toEpochDay(), 0);
        long hi = key(to.toEpochDay() + 1, 0);
        IntBuffer out = new IntBuffer();
        for (String p : people) {
            NavigableSet<Long> s = byPerson.get(p);
            if (s != null) {
                for (long k : s.subSet(lo, true, hi, false)) {
                    out.add((int) (k & 0xFFFF_FFFFL));
                }
            }
        }
        return out.sortedDistinct();
    }

    /**
     * The groups that hold every one of {@code people}, in ascending order: read from the person with the fewest
     * groups, then checked against the others' (none when {@code people} is empty).
     */
    int[] withAll(Set<String> people) {
        NavigableSet<Long> fewest = null;
        for (String p : people) {
            NavigableSet<Long> s = byPerson.get(p);
            if (s == null) {
                return new int[0];
            }
            if (fewest == null || s.size() < fewest.size()) {
                fewest = s;
            }
        }
        IntBuffer out = new IntBuffer();
        if (fewest != null) {
            next:
            for (long k : fewest) {
                for (String p : people) {
                    if (!byPerson.get(p).contains(k)) {
                        continue next;
                    }
                }
                out.add((int) (k & 0xFFFF_FFFFL));
            }
        }
        return out.sortedDistinct();
    }

    /** The day in the high half, the group in the low half: ordered by day, then by group, for negative days too. */
    private static long key(long epochDay, int id) {
        return (epochDay << 32) + id;
    }

    private static final class IntBuffer {
        private int[] a = new int[8];
        private int n;

        void add(int x) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = x;
        }

        int[] sortedDistinct() {
            Arrays.sort(a, 0, n);
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (m == 0 || a[m - 1] != a[i]) {
                    a[m++] = a[i];
                }
            }
            return Arrays.copyOf(a, m);
        }
    }
}
