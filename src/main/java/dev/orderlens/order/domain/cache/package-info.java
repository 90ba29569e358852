/**
 * How long a fetched order may be reused: a helpdesk asks about the same order several times in
 * minutes, and a shop's API is slow and rate-limited. The storage is infrastructure; the rule is
 * here.
 */
package dev.orderlens.order.domain.cache;
