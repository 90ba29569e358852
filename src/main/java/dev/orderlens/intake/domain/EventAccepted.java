package dev.orderlens.intake.domain;

/** A native event was recorded for background enrichment; observed after the commit. */
public record EventAccepted(String helpdesk, String eventId) {}
