package io.mtlint.fix.interactive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Keys typed as lines (the key, then Enter): for dumb terminals and for scripts that pipe their answers in. An
 * empty line is a space, which skips.
 */
final class LineKeys implements Keys {
    private final BufferedReader in;

    LineKeys(InputStream in) {
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    @Override
    public int readKey() throws IOException {
        String line = in.readLine();
        if (line == null) {
            return -1;
        }
        String t = line.strip();
        return t.isEmpty() ? ' ' : t.charAt(0);
    }

    @Override
    public String readLine(String prompt, String prefill) throws IOException {
        return in.readLine();
    }

    @Override
    public boolean singleKeystroke() {
        return false;
    }
}
