/**
 * Privacy policies: who is writing relative to an order ({@link
 * dev.orderlens.privacy.domain.ContactRoleResolver}), whether the order is a gift ({@link
 * dev.orderlens.privacy.domain.GiftDetector}), and what an agent may therefore tell them ({@link
 * dev.orderlens.privacy.domain.DisclosurePolicy}). All pure, so every branch is unit-tested.
 */
package dev.orderlens.privacy.domain;
