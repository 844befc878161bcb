package org.entente.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.entente.io.Csv;

/**
 * Annual exchange rates to the US dollar, read from a table with the columns
 * {@code currency,year,usd_per_unit,source} (the project's is {@code data/currency-rates.csv}).
 * A figure in another currency is converted with the rate of its period's year; a period that
 * spans years (a fiscal year, a range) uses the mean of the years' rates weighted by the months
 * it has in each. Immutable after reading; thread-safe.
 */
public final class CurrencyRates {
    /** No table: only US dollars can be read. */
    public static final CurrencyRates NONE = new CurrencyRates(Map.of(), "no currency-rates table");

    private final Map<String, Double> rates;
    private final String file;

    private CurrencyRates(Map<String, Double> rates, String file) {
        this.rates = rates;
        this.file = file;
    }

    /** Reads the table; a bad row is an {@link IllegalArgumentException} naming file, line and field. */
    public static CurrencyRates read(Path file) throws IOException {
        Map<String, Double> out = new HashMap<>();
        String name = file.toString();
        if (!Files.exists(file)) return new CurrencyRates(Map.of(), name + " (no such file)");   // every row needing a rate then says so
        try (Csv csv = Csv.open(file)) {             // the one reader: a BOM is skipped, an empty file named
            int cc = csv.column("currency"), cy = csv.column("year"), cr = csv.column("usd_per_unit"), cs = csv.column("source");
            int fields = csv.header().size();
            for (String[] r; (r = csv.nextRaw()) != null; ) {
                if (r.length == 1 && r[0].isBlank()) continue;
                String where = name + ":" + csv.line();
                if (r.length < fields) throw new IllegalArgumentException(where + ": too few columns (" + r.length + " of " + fields + ")");
                String currency = r[cc].trim();
                if (!currency.matches("[A-Z]{3}")) throw new IllegalArgumentException(where + ": currency: must be a three-letter code such as EUR, but was \"" + currency + "\"");
                int year;
                double rate;
                try {
                    year = Integer.parseInt(r[cy].trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(where + ": year: must be a whole number, but was \"" + r[cy] + "\"");
                }
                try {
                    rate = Double.parseDouble(r[cr].trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(where + ": usd_per_unit: must be a number, but was \"" + r[cr] + "\"");
                }
                if (!(rate > 0) || Double.isInfinite(rate)) throw new IllegalArgumentException(where + ": usd_per_unit: must be > 0, but was " + r[cr]);
                if (r[cs].isBlank()) throw new IllegalArgumentException(where + ": source: must not be empty");
                if (out.put(currency + year, rate) != null) throw new IllegalArgumentException(where + ": " + currency + " " + year + " is given twice");
            }
        } catch (NoSuchFileException e) {
            return new CurrencyRates(Map.of(), name + " (no such file)");
        }
        return new CurrencyRates(Map.copyOf(out), name);
    }

    /** Why a figure in this currency over this period cannot be converted, or null when it can. */
    public String missing(String currency, Hindcast.Period p) {
        for (int y = p.from().getYear(); y <= p.to().getYear(); y++) {
            if (!rates.containsKey(currency + y)) return "no " + currency + " rate for " + y + " in " + file;
        }
        return null;
    }

    /** US dollars per unit of the currency over the period: the month-weighted mean of its years' rates. */
    public double usdPer(String currency, Hindcast.Period p) {
        double sum = 0;
        int n = 0;
        for (YearMonth m = p.from(); !m.isAfter(p.to()); m = m.plusMonths(1)) {
            sum += rates.get(currency + m.getYear());
            n++;
        }
        return sum / n;
    }
}
