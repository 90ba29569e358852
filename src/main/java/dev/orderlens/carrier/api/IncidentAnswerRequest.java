package dev.orderlens.carrier.api;

/** A carrier's answer to an incident; a dispute needs a reason code such as POD_SIGNED. */
public record IncidentAnswerRequest(String reason) {}
