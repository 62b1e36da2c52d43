package dev.parley.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * The jar's entry point. A plain {@code parley} (open the explorer, perhaps on another model) is recognised here
 * and started directly; every other command line goes to {@link Main} and picocli.
 *
 * <p>Why a second way in: picocli's reflective set-up costs 60–90 ms at every start, and its classes (Java 5 class
 * files) cannot go into a class-data archive, while the explorer's time to first screen is measured against a bare
 * Lanterna program. The explorer's own options are few and fixed, so they are parsed by hand; anything this does
 * not recognise, including every mistake, gets picocli's parsing and messages.
 */
public final class Start {
    /**
     * The explorer's command line: {@code [-m FILE | --model FILE | --model=FILE] [--first-frame-exit] [--debug]},
     * and {@code --warm-up}, which the launcher uses to record the class-data archive (see {@code Explorer.rehearse}).
     */
    record ExplorerLine(Path model, boolean firstFrameExit, boolean debug, boolean warmUp) {
        ExplorerLine(Path model, boolean firstFrameExit, boolean debug) {
            this(model, firstFrameExit, debug, false);
        }
    }

    private Start() {
    }

    public static void main(String[] args) {
        ExplorerLine line = explorerLine(args);
        if (line == null) {
            Main.main(args);
            return;
        }
        Map<String, String> env = System.getenv();
        Main.Context context = new Main.Context(Path.of(""), System.out, System.err, env,
                line.debug() || "1".equals(env.get("PARLEY_DEBUG")));
        int code;
        try {
            code = line.warmUp() ? Explore.rehearse(context, line.model())
                    : Explore.open(context, line.model(), line.firstFrameExit());
        } catch (OutOfMemoryError e) {
            System.err.println("parley: out of memory; give Java more, e.g. PARLEY_JAVA_OPTS=-Xmx4g");
            code = 1;
        } catch (Exception e) {
            code = Main.failed(e, context);
        }
        System.out.flush();
        System.exit(code);
    }

    /** The explorer's options when that is all the line holds, else null (a subcommand, help, or something wrong). */
    static ExplorerLine explorerLine(String[] args) {
        Path model = Explore.DEFAULT_MODEL;
        boolean firstFrameExit = false;
        boolean debug = false;
        boolean warmUp = false;
        boolean modelGiven = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = null;
            if (a.equals("-m") || a.equals("--model")) {
                if (i + 1 >= args.length || args[i + 1].startsWith("-")) {
                    return null;
                }
                value = args[++i];
            } else if (a.startsWith("--model=")) {
                value = a.substring("--model=".length());
            } else if (a.startsWith("-m") && a.length() > 2 && !a.startsWith("--")) {
                value = a.substring(2);
            } else if (a.equals("--first-frame-exit")) {
                firstFrameExit = true;
                continue;
            } else if (a.equals("--warm-up")) {
                warmUp = true;
                continue;
            } else if (a.equals("--debug")) {
                debug = true;
                continue;
            } else {
                return null;
            }
            if (modelGiven || value.isEmpty()) {
                return null; // picocli says what is wrong with it
            }
            modelGiven = true;
            model = Path.of(value);
        }
        return new ExplorerLine(model, firstFrameExit, debug, warmUp);
    }
}
