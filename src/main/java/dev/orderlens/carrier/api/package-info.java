/**
 * The carrier feature's HTTP face: the pull API carriers call with their own key ({@code
 * /api/v1/carriers/me/...}), and the admin API behind the dashboard and the CSV export ({@code
 * /api/v1/admin/carriers/...}). Resources authenticate, validate and hand off; DTOs are records
 * here.
 */
package dev.orderlens.carrier.api;
