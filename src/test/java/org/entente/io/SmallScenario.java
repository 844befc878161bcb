package org.entente.io;

/** The small valid scenario of {@link InvalidScenarioTest#BASE}, for tests in other packages. */
public final class SmallScenario {
    private SmallScenario() { }

    public static String text() { return InvalidScenarioTest.BASE; }
}
