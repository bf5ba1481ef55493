package io.mtlint.cli;

import io.mtlint.testing.Cli;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command's refusals: one line and exit 2, before anything listens. */
class ServerCommandTest {
    private static void refused(Cli.Result r, String expected) {
        assertEquals(Main.USAGE, r.exitCode(), r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void refusesBadSettings() {
        refused(Cli.run("server", "--max-request-size", "lots"), "not a size");
        refused(Cli.run("server", "--port", "70000"), "port must be between");
        refused(Cli.run("server", "--time-limit", "0"), "time limit must be positive");
        refused(Cli.run("server", "--config", "no-such-file.yaml"), "configuration file not found");
        refused(Cli.run("server", "--source", "klingon", "--port", "0"), "unknown source language");
    }

    @Test
    void saysWhenThePortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            refused(Cli.run("server", "--port", String.valueOf(taken.getLocalPort()), "--no-translate"),
                    "cannot listen on 127.0.0.1:" + taken.getLocalPort());
        }
    }

    @Test
    void sizesTakeUnits() {
        assertEquals(1024 * 1024, ServerCommand.size("1m"));
        assertEquals(512 * 1024, ServerCommand.size("512K"));
        assertEquals(100_000, ServerCommand.size("100000"));
        assertEquals(2048, ServerCommand.size("2kb"));
    }
}
