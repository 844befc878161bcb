package org.entente.cli;

import java.io.PrintWriter;
import java.io.Writer;

import org.entente.io.Text;

/**
 * What every command prints goes through here: the standard output and error of {@link Main}
 * are wrapped in it, so no message, table or error line can carry a terminal control sequence,
 * a bidi override or an invisible character from a user's name or value to the screen
 * ({@link Text#safe}). Line breaks are kept; the one carriage return Entente means (the progress
 * line redrawing itself) is written with {@link #carriageReturn}. Not thread-safe beyond what
 * PrintWriter promises.
 */
final class TerminalWriter extends PrintWriter {
    private final Writer raw;

    TerminalWriter(Writer out) {
        super(out, true);
        this.raw = out;
    }

    /** The writer made safe; a writer that already is one is returned as it is. */
    static PrintWriter of(PrintWriter w) {
        return w instanceof TerminalWriter ? w : new TerminalWriter(w);
    }

    /** Writes a bare carriage return (start of the line again), the one control character Entente prints on purpose. */
    static void carriageReturn(PrintWriter w) {
        if (w instanceof TerminalWriter t) {
            synchronized (t.lock) {
                try {
                    t.raw.write('\r');
                } catch (java.io.IOException e) {
                    t.setError();
                }
            }
        } else {
            w.print('\r');
        }
    }

    @Override
    public void write(int c) {
        if (c == '\n' || !Text.unsafe(c)) {
            super.write(c);
        } else {
            StringBuilder b = new StringBuilder(8);
            Text.appendSafe(b, String.valueOf((char) c), 0, 1, true);
            super.write(b.toString(), 0, b.length());
        }
    }

    @Override
    public void write(char[] buf, int off, int len) {
        write(new String(buf, off, len), 0, len);
    }

    @Override
    public void write(String s, int off, int len) {
        StringBuilder b = new StringBuilder(len + 8);
        Text.appendSafe(b, s, off, off + len, true);
        super.write(b.toString(), 0, b.length());
    }
}
