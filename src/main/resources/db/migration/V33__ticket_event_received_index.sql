-- The admin's overview reads the last days of tickets by arrival.
CREATE INDEX ix_ticket_event_received ON ticket_event (received_at);
