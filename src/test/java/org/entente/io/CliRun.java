package org.entente.io;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.entente.cli.Main;

/** One command run as a user would, with its exit code and what it printed: for the reader tests of new keys and events. */
record CliRun(int code, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out, true); PrintWriter e = new PrintWriter(err, true)) {
            code = Main.execute(args, o, e);
        }
        return new CliRun(code, out.toString(), err.toString());
    }
}
