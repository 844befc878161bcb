package org.entente.model;

/** A rivalry between two actors, level in [0,1]; a war is level 1 with the war flag. Immutable. */
public record HostilitySpec(String a, String b, double level, boolean war, String source) {
}
