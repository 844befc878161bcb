package org.entente.io;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The one terminal-safe formatter. */
class TextTest {
    @Test
    void controlBidiAndInvisibleCharactersAreShownEscaped() {
        assertThat(Text.safe("a\u001b[31mred")).isEqualTo("a\\u001b[31mred");
        assertThat(Text.safe("\u001b]0;title\u0007")).isEqualTo("\\u001b]0;title\\u0007");
        assertThat(Text.safe("abc\u202edcba")).isEqualTo("abc\\u202edcba");
        assertThat(Text.safe("\u2066x\u2069")).isEqualTo("\\u2066x\\u2069");
        assertThat(Text.safe("zero\u200bwidth\ufeff")).isEqualTo("zero\\u200bwidth\\ufeff");
        assertThat(Text.safe("del\u007f c1\u009b")).isEqualTo("del\\u007f c1\\u009b");
        assertThat(Text.safe("two\nlines\r\ttab")).isEqualTo("two\\nlines\\r\\ttab");
        assertThat(Text.safe("tag\uDB40\uDC01")).isEqualTo("tag\\U000e0001");
        assertThat(Text.safe("line\u2028sep")).isEqualTo("line\\u2028sep");
    }

    @Test
    void ordinaryTextIsKept() {
        assertThat(Text.safe("Côte d'Ivoire — 日本 🙂")).isEqualTo("Côte d'Ivoire — 日本 🙂");
        assertThat(Text.safe("")).isEmpty();
        assertThat(Text.safe(null)).isNull();
    }

    /** Whatever the text, what safe() returns has no character a terminal acts on, and ordinary text is unchanged. */
    @Property(tries = 1000)
    void nothingUnsafeSurvives(@ForAll String s) {
        String out = Text.safe(s);
        out.codePoints().forEach(cp -> assertThat(Text.unsafe(cp)).as("U+%04X in %s", cp, out).isFalse());
        if (s.codePoints().noneMatch(Text::unsafe)) assertThat(out).isEqualTo(s);
    }
}
