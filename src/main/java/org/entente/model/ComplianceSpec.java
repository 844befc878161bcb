package org.entente.model;

/**
 * An observed compliance of the start world (MODEL.md 3): whether a third party (the buyer)
 * complies with a sender's secondary regimes against one target, as recorded from sources. It
 * fixes that probability of compliance to 1 or 0 in place of the endogenous p. Immutable.
 */
public record ComplianceSpec(String buyer, String sender, String target, boolean complies, String source) {
}
