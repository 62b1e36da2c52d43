package dev.parley.tui;

import dev.parley.io.ModelJson;

import java.nio.file.Path;

/**
 * Starts the explorer on a model file, the way the CLI will: for the end-to-end test and the startup benchmark
 * while `parley` itself does not open the explorer yet. Arguments: MODEL [--first-frame-exit].
 */
public final class LaunchExplorer {
    private LaunchExplorer() {
    }

    public static void main(String[] args) throws Exception {
        String model = args[0];
        boolean firstFrameExit = args.length > 1 && args[1].equals("--first-frame-exit");
        int code = Explorer.run(() -> ModelJson.read(Path.of(model)), Explorer.Options.fromEnvironment(model, firstFrameExit));
        System.exit(code);
    }
}
