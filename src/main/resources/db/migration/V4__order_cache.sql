-- Answers of the shops' APIs, kept for a short time-to-live so that a redelivered or repeated
-- ticket does not ask the shop again, and a stale copy can stand in while a shop is down.
CREATE TABLE order_cache (
  store       VARCHAR(64)  NOT NULL,
  lookup_kind VARCHAR(16)  NOT NULL,
  lookup_key  VARCHAR(191) NOT NULL,
  orders      MEDIUMTEXT   NOT NULL,
  cached_at   DATETIME(6)  NOT NULL,
  PRIMARY KEY (store, lookup_kind, lookup_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
