package dev.orderlens.carrier.api;

/** A carrier's place in the ranking (0 when it has too few shipments to rank). */
public record RankingView(int rank, ScorecardView scorecard) {}
