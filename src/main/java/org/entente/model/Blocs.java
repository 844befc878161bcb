package org.entente.model;

import java.util.List;

/**
 * The actors whose mean alignment is reported as "the West" ({@code alignment_west}) and "the
 * East" ({@code alignment_east}) in nations.csv (MODEL.md sections 5 and 9), in a fixed order: the
 * mean is summed in this order. A scenario sets them with {@code blocs:}; without it they are
 * {@link #DEFAULT}. Ids not among the scenario's actors are skipped; a side with none present
 * leaves its column empty. Immutable.
 */
public record Blocs(List<String> west, List<String> east) {
    /** United States, European Union, United Kingdom, Japan; China, Russia. */
    public static final Blocs DEFAULT = new Blocs(List.of("USA", "EUU", "GBR", "JPN"), List.of("CHN", "RUS"));

    public Blocs {
        west = List.copyOf(west);
        east = List.copyOf(east);
    }
}
