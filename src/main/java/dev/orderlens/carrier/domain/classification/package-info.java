/**
 * Reads a courier complaint out of a customer's message in seven languages (EN IT RU HU DE FR ES)
 * and weighs it against what tracking says. Lexicons live in {@code complaints/complaints_<lang>
 * .properties}, one file per language, so a linguist can extend them without touching code.
 */
package dev.orderlens.carrier.domain.classification;
