package org.entente.model;

/** A recorded flow: exports from one actor to another, USD bn a year. Immutable. */
public record TradeSpec(String from, String to, double value, String year, String source) {
}
