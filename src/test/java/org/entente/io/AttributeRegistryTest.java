package org.entente.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.entente.model.Attribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The actor attributes have one registry ({@link Attribute}): the reader checks an actor's value
 * and a {@code set_attribute} event's value against the same range, and the docs list each one.
 */
class AttributeRegistryTest {

    @TempDir
    Path dir;

    private static final String IRN = "  - id: IRN\n";

    @Test
    void anActorValueOutsideTheRegistryRangeIsRefusedAtItsKey() throws IOException {
        for (Attribute a : Attribute.values()) {
            if (a.flag()) continue;
            String base = InvalidScenarioTest.BASE;
            int at = base.indexOf(IRN);
            int end = base.indexOf("  - id: CHN");
            String block = base.substring(at, end).replaceAll("(?m)^    " + a.key() + ": .*\n", "");
            block = block.replace("    kind: state\n", "    kind: state\n    " + a.key() + ": " + n(a.max() * 2 + 1) + "\n");
            String text = base.substring(0, at) + block + base.substring(end);
            assertThat(problems(text)).as(a.key()).anyMatch(p -> p.contains("actors[1]." + a.key() + ":"));
            String inRange = text.replace(a.key() + ": " + n(a.max() * 2 + 1), a.key() + ": " + n(a.max()));
            assertThat(problems(inRange)).as(a.key() + " at its maximum").isEmpty();
        }
    }

    @Test
    void aSetAttributeEventIsCheckedAgainstTheSameRange() throws IOException {
        for (Attribute a : Attribute.values()) {
            String event = "  - month: \"2025-07\"\n    type: set_attribute\n    actor: IRN\n    attribute: " + a.key()
                    + "\n    value: ";
            List<String> above = problems(InvalidScenarioTest.BASE + event + n(a.max() + 1) + "\n");
            List<String> below = problems(InvalidScenarioTest.BASE + event + n(a.min() - 1) + "\n");
            List<String> atMax = problems(InvalidScenarioTest.BASE + event + n(a.max()) + "\n");
            if (!a.settable()) {
                assertThat(atMax).as(a.key()).singleElement().asString().contains("events[1].attribute: unknown attribute");
                continue;
            }
            assertThat(above).as(a.key() + " above").singleElement().asString().contains("events[1].value:");
            assertThat(below).as(a.key() + " below").singleElement().asString().contains("events[1].value:");
            assertThat(atMax).as(a.key() + " at its maximum").isEmpty();
        }
    }

    @Test
    void theScenarioFormatDocumentsEveryAttribute() throws IOException {
        String doc = Files.readString(Path.of("docs/scenario-format.md"));
        for (Attribute a : Attribute.values()) assertThat(doc).as(a.key()).contains("| `" + a.key() + "` |");
        for (String key : Attribute.settableKeys()) assertThat(doc).contains("`" + key + "`");
    }

    /** A number as a scenario file writes it (no exponent). */
    private static String n(double x) {
        return java.math.BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }

    private List<String> problems(String text) throws IOException {
        Path file = Files.writeString(dir.resolve("s.yaml"), text, StandardCharsets.UTF_8);
        Throwable t = catchThrowable(() -> ScenarioLoader.load(file));
        if (t == null) return List.of();
        assertThat(t).isInstanceOf(ScenarioException.class);
        return ((ScenarioException) t).problems();
    }
}
