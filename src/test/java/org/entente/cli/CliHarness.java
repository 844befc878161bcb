package org.entente.cli;

/** Runs the command line from tests in other packages. */
public final class CliHarness {
    private CliHarness() { }

    public record Result(int code, String out, String err) { }

    public static Result cli(String... args) {
        CliEndToEndTest.Result r = CliEndToEndTest.cli(args);
        return new Result(r.code(), r.out(), r.err());
    }
}
