package dev.parley.clip;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Puts text on the user's clipboard by the first way that works here, and says which way it took or why none did.
 *
 * <p>The ways, in order: a command the user configured; tmux's buffer (and through it the outer terminal's
 * clipboard) when inside tmux; OSC 52 written to the terminal (/dev/tty, never stdout), which reaches the local
 * clipboard across ssh; a local tool (wl-copy, xclip, xsel, pbcopy, clip.exe). On a local desktop session (a
 * display, no ssh) the local tool comes before OSC 52, because many desktop terminals ignore OSC 52 without a
 * word while the tool is certain.
 *
 * <p>Settings: the environment variables {@value #ENV_COMMAND} (a shell command that reads the text on stdin) and
 * {@value #ENV_ORDER} (a comma-separated list of {@code command, tmux, osc52, local} or single tool names, or
 * {@code none}), or the same as {@code copy-command} and {@code clipboard} in
 * {@code $XDG_CONFIG_HOME/parley/config.properties} ({@code ~/.config/parley/config.properties}). The environment
 * wins over the file.
 */
public final class Clipboard {
    public static final String ENV_COMMAND = "PARLEY_COPY_COMMAND";
    public static final String ENV_ORDER = "PARLEY_CLIPBOARD";
    static final String KEY_COMMAND = "copy-command";
    static final String KEY_ORDER = "clipboard";
    static final long TIMEOUT_SECONDS = 5;
    static final List<String> LOCAL_TOOLS = List.of("wl-copy", "xclip", "xsel", "pbcopy", "clip.exe");

    /** What happened: copied by {@code via}, or not, and why. */
    public record Outcome(boolean copied, String via, int characters, String reason) {
        /** For the status line: "copied 87 characters (tmux)" or "not copied: ...". */
        public String message() {
            if (copied) {
                return "copied " + characters + (characters == 1 ? " character" : " characters") + " (" + via + ")";
            }
            return "not copied: " + reason;
        }
    }

    /** Runs an external command with the text on its stdin. */
    interface Runner {
        /**
         * @param capture keep the first line of stdout; otherwise stdout is discarded (xclip's background child
         *                keeps it open, so reading it would wait for that child)
         */
        Run run(List<String> command, byte[] stdin, boolean capture) throws IOException;
    }

    /**
     * @param exit   the exit code, -1 when it did not finish in time
     * @param output the first line of stdout when captured, else ""
     * @param error  the first line of stderr, or ""
     */
    record Run(int exit, String output, String error) {
    }

    /** The terminal, for OSC 52; opened per copy, so nothing is held while the explorer runs. */
    public interface Terminal {
        void write(byte[] bytes) throws IOException;
    }

    /** One way to the clipboard. A failed attempt gives a reason, and the next way is tried. */
    interface Backend {
        String name();

        /** @return null when copied, else why not */
        String copy(String text) throws IOException;
    }

    private final List<Backend> backends;
    private final String noBackendReason;

    Clipboard(List<Backend> backends, String noBackendReason) {
        this.backends = List.copyOf(backends);
        this.noBackendReason = noBackendReason;
    }

    /** The clipboard as this process's environment and config file set it up. */
    public static Clipboard fromEnvironment() {
        return fromEnvironment(Clipboard::writeTty);
    }

    /**
     * The same, with OSC 52 written through {@code tty}: the explorer copies on another thread and hands the
     * bytes to {@link #tty()} between its frames, so that they cannot land inside a frame being sent.
     */
    public static Clipboard fromEnvironment(Terminal tty) {
        Map<String, String> env = System.getenv();
        return configure(env, readConfig(configFile(env, System.getProperty("user.home"))),
                name -> onPath(env.get("PATH"), name), Clipboard::runProcess, tty);
    }

    /** The controlling terminal (/dev/tty), opened for each write. */
    public static Terminal tty() {
        return Clipboard::writeTty;
    }

    /** The names of the ways it will try, in order (for tests and diagnostics). */
    public List<String> plan() {
        return backends.stream().map(Backend::name).toList();
    }

    public Outcome copy(String text) {
        String clean = text == null ? "" : text;
        int chars = clean.codePointCount(0, clean.length());
        if (clean.isEmpty()) {
            return new Outcome(false, "", 0, "nothing to copy");
        }
        if (backends.isEmpty()) {
            return new Outcome(false, "", chars, noBackendReason);
        }
        List<String> reasons = new ArrayList<>();
        for (Backend b : backends) {
            String why;
            try {
                why = b.copy(clean);
            } catch (IOException | RuntimeException e) {
                why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
            if (why == null) {
                return new Outcome(true, b.name(), chars, "");
            }
            reasons.add(backends.size() == 1 ? why : b.name() + ": " + why);
        }
        return new Outcome(false, "", chars, String.join("; ", reasons));
    }

    // ---- choosing the ways

    static Clipboard configure(Map<String, String> env, Properties config, Predicate<String> onPath, Runner runner,
                               Terminal tty) {
        String command = setting(env, ENV_COMMAND, config, KEY_COMMAND);
        String order = setting(env, ENV_ORDER, config, KEY_ORDER);
        List<Backend> out = new ArrayList<>();
        if (order.isEmpty()) {
            if (!command.isEmpty()) {
                out.add(new Command(command, runner));
            }
            if (present(env, "TMUX")) {
                out.add(new Tmux(runner));
            }
            List<Backend> local = localTools(env, onPath, runner);
            boolean remote = present(env, "SSH_CONNECTION") || present(env, "SSH_TTY") || present(env, "SSH_CLIENT");
            if (!remote && !local.isEmpty()) {
                out.addAll(local);
                out.add(new Osc52Tty(env, runner, tty));
            } else {
                out.add(new Osc52Tty(env, runner, tty));
                out.addAll(local);
            }
            return new Clipboard(out, "no way to a clipboard here");
        }
        for (String raw : order.split(",")) {
            String name = raw.strip().toLowerCase(Locale.ROOT);
            switch (name) {
                case "":
                case "none":
                    break;
                case "command":
                    if (!command.isEmpty()) {
                        out.add(new Command(command, runner));
                    }
                    break;
                case "tmux":
                    out.add(new Tmux(runner));
                    break;
                case "osc52":
                    out.add(new Osc52Tty(env, runner, tty));
                    break;
                case "local":
                    out.addAll(localTools(env, onPath, runner));
                    break;
                default:
                    if (LOCAL_TOOLS.contains(name)) {
                        // named on purpose: no display check, the user knows their machine
                        out.add(new Tool(name, runner));
                    }
            }
        }
        return new Clipboard(out, order.strip().equalsIgnoreCase("none")
                ? "copying is off (" + ENV_ORDER + "=none)" : "no usable way in " + ENV_ORDER + "=" + order.strip());
    }

    /** The local tools that can work here: X and Wayland ones only with a display, in the documented order. */
    private static List<Backend> localTools(Map<String, String> env, Predicate<String> onPath, Runner runner) {
        List<Backend> out = new ArrayList<>();
        for (String tool : LOCAL_TOOLS) {
            boolean display = switch (tool) {
                case "wl-copy" -> present(env, "WAYLAND_DISPLAY");
                case "xclip", "xsel" -> present(env, "DISPLAY");
                default -> true;
            };
            if (display && onPath.test(tool)) {
                out.add(new Tool(tool, runner));
            }
        }
        return out;
    }

    private static String setting(Map<String, String> env, String var, Properties config, String key) {
        String v = env.get(var);
        if (v == null || v.isBlank()) {
            v = config.getProperty(key, "");
        }
        return v.strip();
    }

    private static boolean present(Map<String, String> env, String var) {
        String v = env.get(var);
        return v != null && !v.isEmpty();
    }

    static Path configFile(Map<String, String> env, String home) {
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home == null ? "." : home, ".config");
        return base.resolve("parley").resolve("config.properties");
    }

    static Properties readConfig(Path file) {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException | IllegalArgumentException unreadable) {
                // a broken config file must not stop copying by the other ways
            }
        }
        return p;
    }

    static boolean onPath(String path, String name) {
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                return true;
            }
        }
        return false;
    }

    // ---- the ways

    /** The user's own command, run by the shell, text on stdin. */
    static final class Command implements Backend {
        private final String command;
        private final Runner runner;

        Command(String command, Runner runner) {
            this.command = command;
            this.runner = runner;
        }

        @Override
        public String name() {
            String first = command.strip().split("\\s+")[0];
            return first.substring(first.lastIndexOf('/') + 1);
        }

        @Override
        public String copy(String text) throws IOException {
            return failure(runner.run(List.of("sh", "-c", command), utf8(text), false));
        }
    }

    /**
     * {@code tmux load-buffer -w -}: the buffer, and with tmux's default {@code set-clipboard external} the outer
     * terminal's clipboard too. tmux before 3.2 has no -w; it still gets the buffer.
     */
    static final class Tmux implements Backend {
        private final Runner runner;

        Tmux(Runner runner) {
            this.runner = runner;
        }

        @Override
        public String name() {
            return "tmux";
        }

        @Override
        public String copy(String text) throws IOException {
            Run r = runner.run(List.of("tmux", "load-buffer", "-w", "-"), utf8(text), false);
            if (r.exit() == 0) {
                return null;
            }
            Run older = runner.run(List.of("tmux", "load-buffer", "-"), utf8(text), false);
            return failure(older);
        }
    }

    /** A local clipboard tool, text on stdin. */
    static final class Tool implements Backend {
        private final String tool;
        private final Runner runner;

        Tool(String tool, Runner runner) {
            this.tool = tool;
            this.runner = runner;
        }

        @Override
        public String name() {
            return tool;
        }

        @Override
        public String copy(String text) throws IOException {
            List<String> cmd = switch (tool) {
                case "xclip" -> List.of("xclip", "-selection", "clipboard", "-in");
                case "xsel" -> List.of("xsel", "--clipboard", "--input");
                default -> List.of(tool);
            };
            return failure(runner.run(cmd, utf8(text), false));
        }
    }

    /** OSC 52 on the terminal, wrapped for GNU screen, or for tmux when tmux would swallow it. */
    static final class Osc52Tty implements Backend {
        private final Map<String, String> env;
        private final Runner runner;
        private final Terminal tty;

        Osc52Tty(Map<String, String> env, Runner runner, Terminal tty) {
            this.env = env;
            this.runner = runner;
            this.tty = tty;
        }

        @Override
        public String name() {
            return "OSC 52";
        }

        @Override
        public String copy(String text) throws IOException {
            Osc52.Result r = Osc52.encode(text, wrap(), Osc52.Terminator.BEL);
            if (r instanceof Osc52.TooLong) {
                return ((Osc52.TooLong) r).message();
            }
            tty.write(((Osc52.Sequence) r).bytes());
            return null;
        }

        /**
         * Inside tmux a bare OSC 52 is what tmux itself takes in (set-clipboard on or external); only when it is
         * off does the sequence need the passthrough wrapper to reach the outer terminal.
         */
        Osc52.Wrap wrap() throws IOException {
            if (present(env, "TMUX")) {
                Run r = runner.run(List.of("tmux", "show-options", "-sv", "set-clipboard"), new byte[0], true);
                return r.exit() == 0 && "off".equals(r.output()) ? Osc52.Wrap.TMUX : Osc52.Wrap.NONE;
            }
            String term = env.getOrDefault("TERM", "");
            return present(env, "STY") || term.startsWith("screen") ? Osc52.Wrap.SCREEN : Osc52.Wrap.NONE;
        }
    }

    private static String failure(Run r) {
        if (r.exit() == 0) {
            return null;
        }
        if (r.exit() == -1) {
            return "took longer than " + TIMEOUT_SECONDS + " s";
        }
        return r.error().isEmpty() ? "exit " + r.exit() : r.error();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    // ---- the real outside world

    static Run runProcess(List<String> command, byte[] stdin, boolean capture) throws IOException {
        Path err = Files.createTempFile("parley-clip", ".err");
        Path out = capture ? Files.createTempFile("parley-clip", ".out") : null;
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectError(err.toFile())
                    .redirectOutput(capture ? ProcessBuilder.Redirect.to(out.toFile()) : ProcessBuilder.Redirect.DISCARD);
            Process p;
            try {
                p = pb.start();
            } catch (IOException e) {
                return new Run(127, "", command.get(0) + " not found");
            }
            try (OutputStream in = p.getOutputStream()) {
                in.write(stdin);
            } catch (IOException closedEarly) {
                // the command did not read everything; its exit code tells
            }
            boolean done;
            try {
                done = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                done = false;
            }
            if (!done) {
                p.destroyForcibly();
                return new Run(-1, "", "");
            }
            return new Run(p.exitValue(), capture ? firstLine(out) : "", firstLine(err));
        } finally {
            Files.deleteIfExists(err);
            if (out != null) {
                Files.deleteIfExists(out);
            }
        }
    }

    private static String firstLine(Path file) throws IOException {
        String first = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().map(String::strip)
                .filter(l -> !l.isEmpty()).findFirst().orElse("");
        return ItemText.clean(first);
    }

    private static void writeTty(byte[] bytes) throws IOException {
        try (FileOutputStream out = new FileOutputStream("/dev/tty")) {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new IOException("no terminal (/dev/tty: " + e.getMessage() + ")", e);
        }
    }
}
