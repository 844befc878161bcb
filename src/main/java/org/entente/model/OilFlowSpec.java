package org.entente.model;

/**
 * One recorded crude-oil flow of the start world (MODEL.md 6, the oil market): the seller's
 * exports to one buyer, in million barrels a day (crude and condensate). The seller's volume
 * not given to named buyers goes to buyers outside the scenario. Immutable.
 */
public record OilFlowSpec(String seller, String buyer, double mbd, String source) {
}
