/**
 * A customer's courier complaint weighed against what tracking says and blamed: the category comes
 * from the one understanding engine ({@code dev.orderlens.understanding.domain}), the weighing and
 * the blame are this feature's pure rules.
 */
package dev.orderlens.carrier.domain.classification;
