/**
 * Carrier scoring on MariaDB: a daily roll-up per carrier, service and region rebuilt from
 * shipments and complaints with the domain's formulas, and the queries that add it up into
 * scorecards and a ranking. Plain JDBC so the benchmark measures the same code the server runs.
 */
package dev.orderlens.carrier.infrastructure.scoring;
