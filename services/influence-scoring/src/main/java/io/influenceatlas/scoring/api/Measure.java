package io.influenceatlas.scoring.api;

/** What a registry or policy-event metric adds up. */
public enum Measure {
    COUNT, VALUE_USD, NET_STANCE
}
