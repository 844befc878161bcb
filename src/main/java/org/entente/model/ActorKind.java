package org.entente.model;

import java.util.Locale;
import java.util.Optional;

/** What an actor is: a state, a bloc that acts as one sender (the EU), or a non-state actor. */
public enum ActorKind {
    STATE, BLOC, NON_STATE;

    public String key() { return name().toLowerCase(Locale.ROOT); }

    public static Optional<ActorKind> byName(String s) {
        for (ActorKind k : values()) if (k.key().equals(s)) return Optional.of(k);
        return Optional.empty();
    }
}
