package dev.orderlens.privacy.domain;

/** Who is writing, relative to the order: it decides what an agent may tell them. */
public enum ContactRole {
  BUYER,
  RECIPIENT,
  UNVERIFIED
}
