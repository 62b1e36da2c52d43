package dev.parley.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;

import java.util.EnumMap;
import java.util.Map;

/**
 * How each {@link Style} looks. Only the 8 basic ANSI colours with the terminal's own default foreground and
 * background, so the UI reads on dark and light backgrounds and on the linux console; never yellow or cyan text,
 * which vanish on light backgrounds. The monochrome theme (NO_COLOR) uses attributes only: bold headings,
 * underlined references, reverse video for the selection.
 */
final class Theme {
    record Look(TextColor fg, TextColor bg, SGR[] sgr) {
    }

    private final Map<Style, Look> looks = new EnumMap<>(Style.class);
    private final boolean color;

    private Theme(boolean color) {
        this.color = color;
    }

    boolean color() {
        return color;
    }

    static Theme colour() {
        Theme t = new Theme(true);
        TextColor d = TextColor.ANSI.DEFAULT;
        t.put(Style.NORMAL, d, d);
        t.put(Style.DIM, TextColor.ANSI.BLACK_BRIGHT, d);
        t.put(Style.HEADING, d, d, SGR.BOLD);
        t.put(Style.SECTION, TextColor.ANSI.BLUE, d, SGR.BOLD);
        t.put(Style.PERSON, TextColor.ANSI.GREEN, d);
        t.put(Style.PLACE, TextColor.ANSI.MAGENTA, d);
        t.put(Style.QUOTE, TextColor.ANSI.BLUE, d);
        t.put(Style.LINK, d, d, SGR.UNDERLINE);
        t.put(Style.MATCH, TextColor.ANSI.BLACK, TextColor.ANSI.YELLOW);
        t.put(Style.BAR, d, d, SGR.REVERSE);
        t.put(Style.BAR_ACTIVE, d, d, SGR.BOLD);
        t.put(Style.SELECTED, d, d, SGR.REVERSE);
        t.put(Style.STATUS, d, d, SGR.BOLD);
        t.put(Style.ERROR, TextColor.ANSI.RED, d, SGR.BOLD);
        return t;
    }

    static Theme mono() {
        Theme t = new Theme(false);
        TextColor d = TextColor.ANSI.DEFAULT;
        t.put(Style.NORMAL, d, d);
        t.put(Style.DIM, d, d);
        t.put(Style.HEADING, d, d, SGR.BOLD);
        t.put(Style.SECTION, d, d, SGR.BOLD);
        t.put(Style.PERSON, d, d, SGR.UNDERLINE);
        t.put(Style.PLACE, d, d, SGR.UNDERLINE);
        t.put(Style.QUOTE, d, d, SGR.UNDERLINE);
        t.put(Style.LINK, d, d, SGR.UNDERLINE);
        t.put(Style.MATCH, d, d, SGR.BOLD, SGR.UNDERLINE);
        t.put(Style.BAR, d, d, SGR.REVERSE);
        t.put(Style.BAR_ACTIVE, d, d, SGR.BOLD);
        t.put(Style.SELECTED, d, d, SGR.REVERSE);
        t.put(Style.STATUS, d, d, SGR.BOLD);
        t.put(Style.ERROR, d, d, SGR.BOLD);
        return t;
    }

    private void put(Style style, TextColor fg, TextColor bg, SGR... sgr) {
        looks.put(style, new Look(fg, bg, sgr));
    }

    Look look(Style style) {
        return looks.get(style);
    }
}
