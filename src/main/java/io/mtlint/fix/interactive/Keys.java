package io.mtlint.fix.interactive;

import java.io.IOException;

/** Where the interactive session's decisions come from: single keystrokes, and a line for edits. */
interface Keys extends AutoCloseable {
    /** The next key, or -1 when input has ended. */
    int readKey() throws IOException;

    /** A line typed by the user, starting from {@code prefill}; null when input has ended. */
    String readLine(String prompt, String prefill) throws IOException;

    /** Whether keys arrive one by one without Enter. */
    boolean singleKeystroke();

    /** Gives the terminal back as it was. */
    @Override
    default void close() {
    }
}
