-- Which order an event was about (store and number), so that a customer writing for the third time
-- about the same order, from whatever ticket, is recognised.
ALTER TABLE ticket_event
  ADD COLUMN order_key VARCHAR(200) NULL,
  ADD INDEX ix_ticket_event_order (order_key);
