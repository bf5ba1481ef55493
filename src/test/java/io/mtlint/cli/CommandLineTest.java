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

    /** 'generate-completion fish' printed the bash script; rule ids did not complete. */
    @Test
    void completionIsForBashAndZshOnlyAndOffersRuleIds() {
        Cli.Result fish = Cli.run("generate-completion", "fish");
        assertEquals(2, fish.exitCode());
        assertEquals("", fish.out());
        assertEquals("mtlint: no completion script for fish; there is one for bash and zsh\n", fish.err());
        Cli.Result bash = Cli.run("generate-completion");
        assertEquals(0, bash.exitCode(), bash.err());
        assertTrue(bash.out().startsWith("#!/usr/bin/env bash"), bash.out());
        String ruleArgs = bash.out().lines().filter(l -> l.contains("local ID_option_args=")).findFirst()
                .orElseThrow();
        for (String id : new String[] {"mt.quotes", "mt.source-leftover", "en.in-the-same-line", "fr.breaking-space-before-punctuation"}) {
            assertTrue(ruleArgs.contains("\"" + id + "\""), id + " in " + ruleArgs);
        }
        assertEquals(bash.out(), Cli.run("generate-completion", "zsh").out());
    }
}
