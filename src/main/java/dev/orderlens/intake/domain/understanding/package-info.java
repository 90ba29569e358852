/**
 * Message understanding: which language a customer wrote in, what they want ({@link
 * dev.orderlens.intake.domain.Intent}), and the signals an agent must see before answering (threats
 * of a bad review or a chargeback, a disputed delivery attempt). Pure and deterministic: the word
 * lists live in one resource file per language, read once.
 */
package dev.orderlens.intake.domain.understanding;
