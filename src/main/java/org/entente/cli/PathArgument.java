package org.entente.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import picocli.CommandLine.TypeConversionException;

/**
 * Turns a path argument into a {@link Path}, refusing in one line (exit code 2) a path the system
 * cannot name: a NUL or another character it does not allow. The raw text is not repeated, so a
 * control character in it cannot reach the terminal.
 */
final class PathArgument {
    private PathArgument() { }

    static Path parse(String text) {
        if (text.indexOf('\0') >= 0) throw new TypeConversionException("a path cannot contain a NUL character");
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new TypeConversionException("not a usable path: " + e.getReason());
        }
    }
}
