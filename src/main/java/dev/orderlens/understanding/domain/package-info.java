/**
 * Reading what a customer wrote: the message cleaned of quoted mail and signatures, turned into
 * features by Lucene's analyzers (lower-casing, accent folding, Snowball stemming per language),
 * and classified by models the build trained from the project's own labelled corpus ({@code
 * src/corpus/understanding}). Pure: the models are read from the class path once.
 */
package dev.orderlens.understanding.domain;
