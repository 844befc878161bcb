package org.entente.model;

/**
 * An observed compliance of the start world (MODEL.md 3): whether a third party complies with
 * a sender's secondary regimes, as recorded from sources. It fixes that third party's
 * probability of compliance with the sender to 1 or 0 in place of the endogenous p. Immutable.
 */
public record ComplianceSpec(String buyer, String sender, boolean complies, String source) {
}
