/**
 * The carrier feature's adapters: MariaDB storage of carriers, complaints, incidents and reports
 * (native SQL through JPA), the score roll-up ({@code scoring}), the report schedule and the outbox
 * handler that pushes signed reports to carriers.
 */
package dev.orderlens.carrier.infrastructure;
