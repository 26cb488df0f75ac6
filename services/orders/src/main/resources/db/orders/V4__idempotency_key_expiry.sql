-- Idempotency keys are kept for a retention period, then deleted oldest first.
CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at);
