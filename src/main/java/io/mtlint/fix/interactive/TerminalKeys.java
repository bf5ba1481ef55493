package io.mtlint.fix.interactive;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp;

import java.io.IOException;

/** Single keystrokes from a JLine terminal in raw mode; edits on JLine's line editor, prefilled. */
final class TerminalKeys implements Keys {
    private final Terminal terminal;
    private final LineReader lineReader;

    private final Attributes original;

    /** Puts the terminal in raw mode at once, so no keystroke is line-edited by the terminal before it is read. */
    TerminalKeys(Terminal terminal) {
        this.terminal = terminal;
        // A one-line edit needs no bracketed paste, a terminal mode that would outlive the walk.
        this.lineReader = LineReaderBuilder.builder().terminal(terminal)
                .option(LineReader.Option.BRACKETED_PASTE, false).build();
        this.original = terminal.enterRawMode();
    }

    @Override
    public int readKey() throws IOException {
        int c = terminal.reader().read();
        return c == 4 ? -1 : c; // Ctrl-D ends input
    }

    @Override
    public void close() {
        terminal.setAttributes(original);
    }

    @Override
    public String readLine(String prompt, String prefill) {
        try {
            return lineReader.readLine(prompt, null, prefill);
        } catch (UserInterruptException | EndOfFileException e) {
            return null;
        } finally {
            // The editor turns the keypad's application mode on; the keys read after it expect the normal one.
            terminal.puts(InfoCmp.Capability.keypad_local);
            terminal.flush();
        }
    }

    @Override
    public boolean singleKeystroke() {
        return true;
    }
}
