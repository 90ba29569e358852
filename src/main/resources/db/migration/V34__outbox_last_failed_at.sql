-- When an item's last attempt failed: the admin's overview counts a helpdesk's write-backs that
-- failed in the last hour, across instances and restarts.
ALTER TABLE outbox ADD COLUMN last_failed_at DATETIME(6) NULL;
