package org.entente.model;

import java.time.YearMonth;

/** An event with the month it applies in and its source. Immutable. */
public record ScheduledEvent(YearMonth month, EventAction action, String source) {
}
