-- An outbox row's age counts from the row being written, not from the start of the transaction that wrote it:
-- the publish latency then measures the relay, not how long the producing transaction ran.
ALTER TABLE outbox ALTER COLUMN created_at SET DEFAULT clock_timestamp();
