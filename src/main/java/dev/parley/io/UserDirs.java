package dev.parley.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * Parley's folders in the user's home, as the XDG base directory specification places them: the variable's value
 * when it is an absolute path (a relative one is ignored, as the specification says), else the default under the
 * home folder; then a {@code parley} folder inside.
 */
public final class UserDirs {
    private UserDirs() {
    }

    /** {@code $XDG_CACHE_HOME/parley}, else {@code ~/.cache/parley}: what can be rebuilt (indexes, extractions). */
    public static Path cache(Map<String, String> env, String home) {
        return base(env, "XDG_CACHE_HOME", home, ".cache");
    }

    /** {@code $XDG_STATE_HOME/parley}, else {@code ~/.local/state/parley}: history and logs. */
    public static Path state(Map<String, String> env, String home) {
        return base(env, "XDG_STATE_HOME", home, ".local", "state");
    }

    /** The home folder as the environment gives it, else as Java knows it. */
    public static String home(Map<String, String> env) {
        return env.getOrDefault("HOME", System.getProperty("user.home"));
    }

    /**
     * A short name for a model's own entry in a shared folder: the first 16 hex digits of the SHA-256 of its
     * absolute path, so that two models never share an entry and the same model always finds its own.
     */
    public static String keyOf(Path model) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(model.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static Path base(Map<String, String> env, String variable, String home, String first, String... more) {
        String value = env.get(variable);
        Path base = value != null && !value.isBlank() && Path.of(value).isAbsolute() ? Path.of(value)
                : Path.of(home == null ? "." : home).resolve(Path.of(first, more));
        return base.resolve("parley");
    }
}
