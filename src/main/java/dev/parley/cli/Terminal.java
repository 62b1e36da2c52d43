package dev.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Whether standard error is a terminal, so that a redrawn progress line does not end up in log files. */
final class Terminal {
    private Terminal() {
    }

    /**
     * Java 17 cannot ask this directly ({@code System.console()} looks at stdin and stdout). The launcher knows
     * ({@code test -t 2}) and says so in {@code PARLEY_STDERR_TTY}; without it, Linux shows where fd 2 points.
     */
    static boolean stderrIsTerminal(Map<String, String> env) {
        String told = env.get("PARLEY_STDERR_TTY");
        if ("1".equals(told)) {
            return true;
        }
        if ("0".equals(told)) {
            return false;
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (Exception notLinux) {
            return false;
        }
    }
}
