package org.entente.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one rule that turns a user's name into a folder name: safe for any input, stable, documented. */
class SafeNameTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "baseline-2025.yaml|baseline-2025",
            "...yaml|__",
            "..yaml|_",
            ".yaml|_yaml",
            "draft[1.yaml|draft_1",
            "a*b{c}.yaml|a_b_c_",
            "my scenario.yml|my_scenario",
            "CON.yaml|_CON",
            "nul.txt.yaml|_nul.txt",
            "com1.yaml|_com1",
            "trailing..yaml|trailing_",
            "Iran-sanctions-ée.yaml|Iran-sanctions-ée",
            "a\u202Eb.yaml|a_b",
            "x\u001B]0;t\u0007.yaml|x__0_t_"})
    void examples(String file, String folder) {
        assertThat(SafeName.ofFile(file)).isEqualTo(folder);
    }

    @ParameterizedTest(name = "of({0}) = {1}")
    @CsvSource(delimiter = '|', value = {".|_", "..|__", "...|_._", "a/b|a_b", "a\\b|a_b", "''|unnamed", "x\u0000y|x_y"})
    void specialNames(String raw, String safe) {
        assertThat(SafeName.of(raw)).isEqualTo(safe);
    }

    @org.junit.jupiter.api.Test
    void longNamesAreCutWithAHashSoTheyStayApart() {
        String a = "x".repeat(300) + "a", b = "x".repeat(300) + "b";
        assertThat(SafeName.of(a)).hasSizeLessThanOrEqualTo(SafeName.MAX).startsWith("x".repeat(SafeName.KEEP) + "-");
        assertThat(SafeName.of(a)).isNotEqualTo(SafeName.of(b));
        assertThat(SafeName.of("y".repeat(SafeName.MAX))).isEqualTo("y".repeat(SafeName.MAX));
        String greek = "α".repeat(100);
        assertThat(SafeName.utf8(SafeName.of(greek))).isLessThanOrEqualTo(SafeName.MAX);
        assertThat(SafeName.of(greek)).startsWith("α".repeat(SafeName.KEEP / 2) + "-");
    }

    @Provide
    Arbitrary<String> anyName() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(120),
                Arbitraries.strings().withChars("./\\*[]{}?:<>|\"' \u0000\u001B\u202E\u200Fab.-_CONUL1").ofMaxLength(12));
    }

    /** Whatever the name, the result is one plain, visible, short path element that stays where it is put. */
    @Property(tries = 2000)
    void anyNameGivesOneSafeElement(@ForAll("anyName") String raw) {
        String s = SafeName.of(raw);
        assertThat(s).isNotEmpty().doesNotStartWith(".").doesNotEndWith(".");
        assertThat(SafeName.utf8(s)).isLessThanOrEqualTo(SafeName.MAX);
        assertThat(s.codePoints().allMatch(c -> c == '-' || c == '_' || c == '.' || Character.isLetterOrDigit(c))).isTrue();
        Path parent = Path.of("/base");
        Path p = parent.resolve(s);
        assertThat(p.normalize().getParent()).isEqualTo(parent);
        assertThat(SafeName.of(raw)).isEqualTo(s);
        assertThat(SafeName.of(s)).as("a safe name is its own safe form").isEqualTo(s);
        String stem = (s.contains(".") ? s.substring(0, s.indexOf('.')) : s).toUpperCase(java.util.Locale.ROOT);
        assertThat(stem).isNotIn("CON", "PRN", "AUX", "NUL", "COM1", "LPT1");
    }
}
