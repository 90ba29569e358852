-- One durable work queue for every background job (enrichment of accepted events, helpdesk
-- write-backs, carrier reports). A worker claims a row in a short transaction (status CLAIMED, a
-- claim token and a lease), does the remote work with no transaction or lock held, and records the
-- outcome in another short transaction that names its token. A lease that runs out (the instance
-- died, or the outcome could not be recorded) makes the row claimable again; the attempt was
-- already counted at the claim, so a poisoned row backs off and ends as a dead letter instead of
-- looping. `version` counts payload changes: a write-back queued for a ticket whose previous one is
-- in flight replaces the payload, and the worker's success then leaves the row PENDING for the new
-- content instead of marking it delivered.
ALTER TABLE outbox
  ADD COLUMN claim_token   CHAR(36)    NULL,
  ADD COLUMN claimed_until DATETIME(6) NULL,
  ADD COLUMN version       INT         NOT NULL DEFAULT 0,
  ADD INDEX ix_outbox_claim (kind, status, next_attempt_at),
  ADD INDEX ix_outbox_lease (status, claimed_until);

-- Native events accepted before this version and not enriched yet become work items, so the
-- upgrade loses none (the key is the one Outbox.key() gives: itself, or its SHA-256 when longer
-- than 191 characters).
INSERT IGNORE INTO outbox
  (kind, target, dedup_key, payload, status, attempts, next_attempt_at, created_at)
SELECT 'enrichment', source,
       IF(CHAR_LENGTH(CONCAT('enrich:', source, ':', event_id)) > 191,
          CONCAT('sha256:', SHA2(CONCAT('enrich:', source, ':', event_id), 256)),
          CONCAT('enrich:', source, ':', event_id)),
       JSON_OBJECT('source', source, 'eventId', event_id),
       'PENDING', 0, received_at, received_at
  FROM ticket_event WHERE status = 'RECEIVED' AND ticket IS NOT NULL;
