package dev.parley.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Accent- and case-insensitive keys for matching names: "Dačić" and "Dacic" fold to "dacic",
 * "Đorđević" and "Djordjevic" to "djordjevic".
 */
public final class Fold {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Fold() {
    }

    /** Lower-case ASCII-ish key. Letters that NFD does not decompose are mapped explicitly. */
    public static String key(String s) {
        if (s == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        String stripped = MARKS.matcher(decomposed).replaceAll("");
        StringBuilder out = new StringBuilder(stripped.length() + 4);
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            switch (c) {
                case 'Đ', 'đ' -> out.append("dj");
                case 'Ł', 'ł' -> out.append('l');
                case 'Ø', 'ø' -> out.append('o');
                case 'ß' -> out.append("ss");
                case 'Æ', 'æ' -> out.append("ae");
                case 'Œ', 'œ' -> out.append("oe");
                case 'Þ', 'þ' -> out.append("th");
                case 'ı' -> out.append('i');
                case '’', '‘', 'ʼ' -> out.append('\'');
                case '‐', '‑', '–' -> out.append('-');
                default -> out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** Whether the string has letters that {@link #key} changes (diacritics, special letters). */
    public static boolean hasDiacritics(String s) {
        return !key(s).equals(s.toLowerCase(Locale.ROOT));
    }
}
