/** MariaDB storage of the tracking feature: the followed shipments and their events. */
package dev.orderlens.tracking.infrastructure.storage;
