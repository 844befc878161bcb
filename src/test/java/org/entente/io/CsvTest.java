package org.entente.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one CSV writer and reader: RFC 4180, formula neutralising of text (never of numbers), BOM, positions. */
class CsvTest {
    @TempDir
    Path dir;

    @Test
    void textCellsThatASpreadsheetWouldRunAreNeutralisedAndQuoted() {
        assertThat(Csv.text("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        assertThat(Csv.text("@SUM(A1:A9)")).isEqualTo("\"'@SUM(A1:A9)\"");
        assertThat(Csv.text("+1")).isEqualTo("\"'+1\"");
        assertThat(Csv.text("-1.5")).isEqualTo("\"'-1.5\"");
        assertThat(Csv.text("\tcmd")).isEqualTo("\"'\tcmd\"");
        assertThat(Csv.text("\rcmd")).isEqualTo("\"'\rcmd\"");
        assertThat(Csv.text("'=x")).as("an apostrophe already there does not hide the formula").isEqualTo("\"''=x\"");
    }

    @Test
    void ordinaryTextAndNumbersStayAsTheyAre() {
        assertThat(Csv.text("2025-01")).isEqualTo("2025-01");
        assertThat(Csv.text("Beta-Gamma partnership")).isEqualTo("Beta-Gamma partnership");
        assertThat(Csv.text("a, b")).isEqualTo("\"a, b\"");
        assertThat(Csv.text("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
        assertThat(Csv.text("")).isEmpty();
        assertThat(Csv.text(null)).isEmpty();
        assertThat(Csv.number(-1.5)).isEqualTo("-1.5");
        assertThat(Csv.number(-0.000001)).isEqualTo("-0.000001");
        assertThat(Csv.number(Double.NaN)).isEmpty();
    }

    @Test
    void infinityIsWrittenOneWayAndBigNumbersNeverInExponentNotation() {
        assertThat(Numbers.format(Double.POSITIVE_INFINITY)).isEqualTo("inf");
        assertThat(Numbers.format(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
        assertThat(Numbers.format(9e12)).isEqualTo("9000000000000");
        assertThat(Numbers.format(1e13)).isEqualTo("10000000000000");
        assertThat(Numbers.format(-2.920879927637325E15)).isEqualTo("-2920879927637325");
        assertThat(Numbers.format(12345678901234.5)).isEqualTo("12345678901234.5");
        assertThat(Numbers.format(1e300)).doesNotContain("E").hasSize(301);
        assertThat(Numbers.format(123_456_789.25)).isEqualTo("123456789.25");
    }

    @Test
    void theReaderSkipsAByteOrderMarkAndReadsInfinityBack() throws IOException {
        Path f = write("bom.csv", "\uFEFFiso3,value\nIRN,inf\nRUS,-inf\n");
        try (Csv c = Csv.open(f)) {
            assertThat(c.header()).containsExactly("iso3", "value");
            assertThat(c.column("iso3")).isZero();
            String[] r = c.next();
            assertThat(c.number(r, 1)).isEqualTo(Double.POSITIVE_INFINITY);
            assertThat(c.number(c.next(), 1)).isEqualTo(Double.NEGATIVE_INFINITY);
            assertThat(c.next()).isNull();
        }
    }

    @Test
    void problemsNameFileLineAndColumn() throws IOException {
        Path f = write("t.csv", "a,b,c\n1,2,3\n4,\"x,y\",zz\n");
        try (Csv c = Csv.open(f)) {
            c.next();
            String[] r = c.next();
            assertThat(r).containsExactly("4", "x,y", "zz");
            Throwable t = catchThrowable(() -> c.number(r, 2));
            assertThat(t).hasMessage(f + ":3:9: c: must be a number, but was \"zz\"");
            assertThat(catchThrowable(() -> c.integer(r, 1))).hasMessage(f + ":3:3: b: must be a whole number, but was \"x,y\"");
        }
        Path shortRow = write("short.csv", "a,b,c\n1,2\n");
        try (Csv c = Csv.open(shortRow)) {
            assertThat(catchThrowable(c::next)).hasMessage(shortRow + ":2:3: too few columns: 2 of the header's 3");
        }
        Path open = write("open.csv", "a,b\n1,\"never closed\n2,3\n");
        try (Csv c = Csv.open(open)) {
            assertThat(catchThrowable(c::next)).hasMessage(open + ":2:3: unterminated quoted field");
        }
        assertThat(catchThrowable(() -> Csv.open(write("none.csv", "a\n")).column("b"))).hasMessage(dir.resolve("none.csv") + ":1: no column b in the header");
    }

    @Test
    void windowsLineEndsAreLineEndsAndACarriageReturnInsideQuotesIsKept() throws IOException {
        Path f = write("crlf.csv", "a,b\r\n1,\"x\r\ny\"\r\n");
        try (Csv c = Csv.open(f)) {
            assertThat(c.header()).containsExactly("a", "b");
            assertThat(c.next()).containsExactly("1", "x\r\ny");
            assertThat(c.next()).isNull();
        }
    }

    @Provide
    Arbitrary<List<String>> cells() {
        Arbitrary<String> special = Arbitraries.of("=", "+", "-", "@", "\t", "\r", "\n", "\r\n", ",", "\"", "'", "\uFEFF", " ", "\u202e", "\u001b[2J");
        Arbitrary<String> cell = Arbitraries.oneOf(Arbitraries.strings().withCharRange('\u0000', '\ud7ff').ofMaxLength(12),
                Arbitraries.strings().withChars("=+-@\t\r\n,\"' a1").ofMaxLength(8),
                special.list().ofMaxSize(5).map(l -> String.join("", l)));
        return cell.list().ofMinSize(1).ofMaxSize(6);
    }

    /** Any text cells, written by the writer and read back by the reader, come back exactly; none starts a formula. */
    @Property(tries = 400)
    void textCellsRoundTrip(@ForAll("cells") List<String> row) throws IOException {
        List<String> header = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) header.add("c" + i);
        String line = Csv.textRow(row);
        Path f = Files.createTempFile("entente-round", ".csv");
        Files.writeString(f, String.join(",", header) + "\n" + line + "\n", StandardCharsets.UTF_8);
        try (Csv c = Csv.open(f)) {
            assertThat(c.next()).containsExactlyElementsOf(row);
            assertThat(c.next()).isNull();
        } finally {
            Files.delete(f);
        }
        for (String cell : row) {
            String written = Csv.text(cell);
            String shown = written.startsWith("\"") ? written.substring(1) : written;
            if (!shown.isEmpty()) assertThat("=+-@\t\r").as("first character of %s", written).doesNotContain(shown.substring(0, 1));
        }
    }

    /** Numbers are never neutralised: what the writer formats reads back as the same value to six decimals. */
    @Property(tries = 400)
    void numberCellsRoundTrip(@ForAll double v) throws IOException {
        String cell = Csv.number(v);
        assertThat(cell).doesNotStartWith("'").doesNotContain("E").doesNotContain("\"");
        Path f = Files.createTempFile("entente-num", ".csv");
        Files.writeString(f, "v\n" + cell + "\n", StandardCharsets.UTF_8);
        try (Csv c = Csv.open(f)) {
            double back = c.number(c.next(), 0);
            if (Double.isNaN(v)) assertThat(back).isNaN();
            else if (Double.isInfinite(v)) assertThat(back).isEqualTo(v);
            else assertThat(back).isCloseTo(v, org.assertj.core.data.Offset.offset(Math.max(1e-6, 2 * Math.ulp(v))));
        } finally {
            Files.delete(f);
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
