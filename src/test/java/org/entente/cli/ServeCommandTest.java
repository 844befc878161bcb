package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entente serve}: bad options are one line and exit code 2, before anything listens. */
class ServeCommandTest {
    private static String[] run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new String[] {Integer.toString(code), err.toString()};
    }

    @Test
    void badOptionsAreRefusedWithOneLine(@TempDir Path dir) {
        String[] r = run("serve", "--no-browser", "--port", "70000");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[1].strip()).isEqualTo("command line: --port: must be in [0, 65535] (a TCP port, 0 for any free one), but was 70000");
        r = run("serve", "--no-browser", "--port", "0", "--scenarios", dir.resolve("none").toString());
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[1]).contains("--scenarios: no scenarios folder found").doesNotContain("Exception");
        r = run("serve", "--no-browser", "--port", "0", "--scenarios", dir.toString());
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[1]).contains("no scenario in");
        r = run("serve", "--no-browser", "--max-worlds", "0");
        assertThat(r[0]).isEqualTo("2");
    }
}
