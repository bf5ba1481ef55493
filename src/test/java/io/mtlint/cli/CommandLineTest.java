package io.mtlint.cli;

import io.mtlint.testing.Cli;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line itself: how it reports a mistake, what it completes. */
class CommandLineTest {
    /** An unknown option or a bad value printed its line and then the whole usage text. */
    @Test
    void anOptionErrorIsOneLineAndAPointerToHelp() {
        Cli.Result bad = Cli.run("check", "--fail-on", "sometimes", ".");
        assertEquals(2, bad.exitCode());
        assertEquals("mtlint: Invalid value for option '--fail-on': expected one of [error, warning, info, never] "
                + "(case-insensitive) but was 'sometimes'\nTry 'mtlint check --help' for the options.\n", bad.err());
        assertEquals("", bad.out());
        Cli.Result typo = Cli.run("chek", ".");
        assertEquals(2, typo.exitCode());
        assertTrue(typo.err().contains("Did you mean: mtlint check"), typo.err());
        assertFalse(typo.err().contains("Usage:"), typo.err());
    }
}
