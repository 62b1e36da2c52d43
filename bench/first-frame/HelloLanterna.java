import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;

/** The floor for the startup benchmark: open /dev/tty the way the explorer does, draw one line, leave. */
public final class HelloLanterna {
    public static void main(String[] args) throws Exception {
        UnixTerminal terminal = new UnixTerminal(new FileInputStream("/dev/tty"), new FileOutputStream("/dev/tty"),
                StandardCharsets.UTF_8, UnixLikeTerminal.CtrlCBehaviour.TRAP);
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        screen.newTextGraphics().putString(1, 1, "hello");
        screen.refresh(Screen.RefreshType.COMPLETE);
        screen.stopScreen();
        terminal.close();
    }
}
