-- Native helpdesk webhooks are answered 202 at once and enriched in the background: the event keeps
-- the canonical ticket it was read into, and its processing state.
ALTER TABLE ticket_event
  ADD COLUMN ticket MEDIUMTEXT NULL AFTER payload,
  ADD COLUMN attempts INT NOT NULL DEFAULT 0,
  ADD INDEX ix_ticket_event_status (status, received_at);

-- Durable outbox: every message to the outside world (helpdesk write-backs, carrier reports) is a
-- row written in the same transaction as the work that produced it. Workers claim rows with
-- SELECT ... FOR UPDATE SKIP LOCKED, so several instances never deliver one row twice.
CREATE TABLE outbox (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind            VARCHAR(32)  NOT NULL,
  target          VARCHAR(64)  NOT NULL,
  dedup_key       VARCHAR(191) NOT NULL,
  payload         MEDIUMTEXT   NOT NULL,
  status          VARCHAR(16)  NOT NULL,
  attempts        INT          NOT NULL DEFAULT 0,
  next_attempt_at DATETIME(6)  NOT NULL,
  last_error      VARCHAR(500) NULL,
  created_at      DATETIME(6)  NOT NULL,
  delivered_at    DATETIME(6)  NULL,
  CONSTRAINT uk_outbox_dedup UNIQUE (dedup_key),
  INDEX ix_outbox_due (status, next_attempt_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The note Orderlens keeps on each helpdesk ticket, so a re-enrichment updates it instead of adding
-- another, and an unchanged update is not sent again (which also ends webhook loops).
CREATE TABLE helpdesk_note (
  helpdesk     VARCHAR(32)  NOT NULL,
  ticket_id    VARCHAR(191) NOT NULL,
  note_id      VARCHAR(191) NULL,
  update_hash  CHAR(64)     NOT NULL,
  updated_at   DATETIME(6)  NOT NULL,
  PRIMARY KEY (helpdesk, ticket_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
