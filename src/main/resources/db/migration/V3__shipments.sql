-- Every parcel Orderlens has followed. These rows are the denominator of carrier scoring, so they
-- keep what scoring needs and nothing that identifies a person: carrier, service, postcode
-- prefixes (never a street address), the promise, the first attempt, delivery, and the events.
CREATE TABLE shipment (
  id                          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  carrier                     VARCHAR(64)  NOT NULL,
  tracking_number             VARCHAR(64)  NOT NULL,
  service                     VARCHAR(64)  NULL,
  store                       VARCHAR(64)  NULL,
  order_number                VARCHAR(64)  NULL,
  origin_postcode_prefix      VARCHAR(8)   NULL,
  destination_postcode_prefix VARCHAR(8)   NULL,
  destination_country         CHAR(2)      NULL,
  promised_date               DATE         NULL,
  shipped_at                  DATETIME(6)  NULL,
  first_attempt_at            DATETIME(6)  NULL,
  attempt_disputed            BOOLEAN      NOT NULL DEFAULT FALSE,
  delivered_at                DATETIME(6)  NULL,
  status                      VARCHAR(32)  NOT NULL,
  sub_status                  VARCHAR(64)  NULL,
  transit_working_days        INT          NULL,
  updated_at                  DATETIME(6)  NOT NULL,
  CONSTRAINT uk_shipment UNIQUE (carrier, tracking_number),
  INDEX ix_shipment_tracking (tracking_number),
  INDEX ix_shipment_carrier_promised (carrier, promised_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Normalised tracking events of a shipment; a provider's repeated event is stored once.
CREATE TABLE shipment_event (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  shipment_id     BIGINT       NOT NULL,
  occurred_at     DATETIME(6)  NOT NULL,
  status          VARCHAR(32)  NOT NULL,
  sub_status      VARCHAR(64)  NULL,
  description     VARCHAR(500) NULL,
  location        VARCHAR(200) NULL,
  postcode_prefix VARCHAR(8)   NULL,
  CONSTRAINT fk_shipment_event FOREIGN KEY (shipment_id) REFERENCES shipment (id) ON DELETE CASCADE,
  CONSTRAINT uk_shipment_event UNIQUE (shipment_id, occurred_at, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
