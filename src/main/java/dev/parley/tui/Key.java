package dev.parley.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/**
 * A key press as the keymap names it ("j", "G", "Ctrl-D", "Shift-Tab", "PgDn", "Enter"), plus the text it types
 * (for the filter line), or null when it types nothing. Keeps Lanterna's KeyStroke out of update.
 */
record Key(String name, String text) {

    static Key named(String name) {
        return new Key(name, name.length() == 1 ? name : name.equals("Space") ? " " : null);
    }

    static Key of(KeyStroke k) {
        KeyType type = k.getKeyType();
        if (type == KeyType.Character) {
            char c = k.getCharacter();
            if (k.isCtrlDown()) {
                return new Key("Ctrl-" + Character.toUpperCase(c), null);
            }
            if (k.isAltDown()) {
                return new Key("Alt-" + c, null);
            }
            if (c == ' ') {
                return new Key("Space", " ");
            }
            return new Key(String.valueOf(c), String.valueOf(c));
        }
        switch (type) {
            case ArrowUp: return new Key("Up", null);
            case ArrowDown: return new Key("Down", null);
            case ArrowLeft: return new Key("Left", null);
            case ArrowRight: return new Key("Right", null);
            case PageUp: return new Key("PgUp", null);
            case PageDown: return new Key("PgDn", null);
            case Home: return new Key("Home", null);
            case End: return new Key("End", null);
            case Enter: return new Key("Enter", null);
            case Escape: return new Key("Esc", null);
            case Tab: return new Key("Tab", null);
            case ReverseTab: return new Key("Shift-Tab", null);
            case Backspace: return new Key("Backspace", null);
            case Delete: return new Key("Del", null);
            case EOF: return new Key("EOF", null);
            default: return new Key(type.name(), null);
        }
    }
}
