-- The outbox is read in delivery order (oldest first, then one dossier's messages in sequence): an
-- index in exactly that order lets the database stop after one batch instead of sorting every
-- pending message, which under a steady intake cost more than the intake itself.

CREATE INDEX OUTBOX_PENDING_ORDER ON OUTBOX (STATE, CREATED_AT, DOSSIER_CODE, SEQ);

DROP INDEX OUTBOX_PENDING;
