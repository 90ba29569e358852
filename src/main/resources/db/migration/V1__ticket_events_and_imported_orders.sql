-- Every webhook delivery Orderlens accepted, stored before it answers. The unique key makes a
-- redelivered event (same source, same eventId) do its work exactly once, however many arrive at once.
CREATE TABLE ticket_event (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  source       VARCHAR(32)  NOT NULL,
  event_id     VARCHAR(191) NOT NULL,
  ticket_id    VARCHAR(191) NOT NULL,
  payload      MEDIUMTEXT   NOT NULL,
  received_at  DATETIME(6)  NOT NULL,
  status       VARCHAR(16)  NOT NULL,
  enrichment   MEDIUMTEXT   NULL,
  enriched_at  DATETIME(6)  NULL,
  CONSTRAINT uk_ticket_event UNIQUE (source, event_id),
  INDEX ix_ticket_event_ticket (source, ticket_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Orders pushed through POST /api/v1/orders by shops with no supported platform.
CREATE TABLE imported_order (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  store        VARCHAR(64)  NOT NULL,
  order_number VARCHAR(64)  NOT NULL,
  buyer_email  VARCHAR(254) NULL,
  placed_at    DATETIME(6)  NOT NULL,
  document     MEDIUMTEXT   NOT NULL,
  updated_at   DATETIME(6)  NOT NULL,
  CONSTRAINT uk_imported_order UNIQUE (store, order_number),
  INDEX ix_imported_order_number (order_number),
  INDEX ix_imported_order_email (buyer_email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
