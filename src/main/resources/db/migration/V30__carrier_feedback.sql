-- Carriers Orderlens reports to. The code is the carrier name shipments are stored under. The API
-- key of the pull API is kept only as its SHA-256 (lookup by hash); the HMAC secret that signs pushed
-- reports is not stored at all: secret_ref names the environment variable that holds it.
CREATE TABLE carrier (
  code          VARCHAR(64)  NOT NULL PRIMARY KEY,
  name          VARCHAR(128) NOT NULL,
  push_url      VARCHAR(500) NULL,
  api_key_hash  CHAR(64)     NULL,
  secret_ref    VARCHAR(128) NULL,
  created_at    DATETIME(6)  NOT NULL,
  CONSTRAINT uk_carrier_key UNIQUE (api_key_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Carrier-blamed courier complaints read from tickets: one per parcel and category, whatever the
-- number of tickets. Only digests of the customer's words are kept.
CREATE TABLE carrier_complaint (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tracking_number  VARCHAR(64)  NOT NULL,
  category         VARCHAR(32)  NOT NULL,
  carrier          VARCHAR(64)  NOT NULL,
  ticket_reference VARCHAR(191) NOT NULL,
  confidence       DOUBLE       NOT NULL,
  blame            VARCHAR(16)  NOT NULL,
  signals          VARCHAR(500) NOT NULL DEFAULT '',
  event_codes      VARCHAR(500) NOT NULL DEFAULT '',
  words_digest     CHAR(64)     NOT NULL,
  created_at       DATETIME(6)  NOT NULL,
  CONSTRAINT uk_carrier_complaint UNIQUE (tracking_number, category),
  INDEX ix_carrier_complaint_carrier (carrier, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What the carrier was told about a complaint, and its answer (OPEN, ACKNOWLEDGED, DISPUTED).
CREATE TABLE carrier_incident (
  id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  complaint_id        BIGINT       NOT NULL,
  carrier             VARCHAR(64)  NOT NULL,
  carrier_status_code VARCHAR(64)  NULL,
  postcode_prefix     VARCHAR(3)   NULL,
  state               VARCHAR(16)  NOT NULL,
  dispute_reason      VARCHAR(64)  NULL,
  opened_at           DATETIME(6)  NOT NULL,
  changed_at          DATETIME(6)  NOT NULL,
  CONSTRAINT uk_carrier_incident UNIQUE (complaint_id),
  CONSTRAINT fk_carrier_incident FOREIGN KEY (complaint_id) REFERENCES carrier_complaint (id),
  INDEX ix_carrier_incident_carrier (carrier, state, opened_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every feedback report produced, as the exact v1.0 JSON sent: what the pull API lists. A periodic
-- report exists once per carrier and period whatever the number of instances (unique key).
CREATE TABLE carrier_report (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  carrier     VARCHAR(64)  NOT NULL,
  report_key  VARCHAR(191) NOT NULL,
  period_from DATE         NOT NULL,
  period_to   DATE         NOT NULL,
  body        MEDIUMTEXT   NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  CONSTRAINT uk_carrier_report UNIQUE (report_key),
  INDEX ix_carrier_report_carrier (carrier, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Daily roll-up of scorecard counts per carrier, service and destination region (postcode prefix),
-- by promised date. '*' rows hold a whole carrier (or all its services / regions), so a 90-day
-- carrier scorecard sums 90 rows instead of scanning a million shipments. Rebuilt for a carrier and
-- days from shipment and carrier_complaint with the domain's formulas (ScorecardTally).
CREATE TABLE carrier_score_day (
  carrier          VARCHAR(64) NOT NULL,
  service          VARCHAR(64) NOT NULL,
  region           VARCHAR(8)  NOT NULL,
  day              DATE        NOT NULL,
  shipments        INT         NOT NULL,
  delivered        INT         NOT NULL,
  on_time          INT         NOT NULL,
  first_attempt    INT         NOT NULL,
  failed_attempt   INT         NOT NULL,
  disputed_attempt INT         NOT NULL,
  complaints       VARCHAR(200) NOT NULL,
  transit          VARCHAR(500) NOT NULL,
  PRIMARY KEY (carrier, service, region, day),
  INDEX ix_carrier_score_day_all (service, region, day, carrier)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The scorecard query joins complaints to shipments by parcel, and the roll-up reads a carrier's days.
CREATE INDEX ix_shipment_carrier_promised_tracking ON shipment (carrier, promised_date, tracking_number);
