-- Reports count the dossiers open at the start and at the end of a period: received before the
-- instant and not finished by then. With the receipt time in the same index as the finishing
-- time, the database decides from the index alone which dossiers qualify, and reads only those
-- rows, instead of every dossier finished after the instant.

CREATE INDEX DOSSIER_FINISHED_RECEIVED ON DOSSIER (FINISHED_AT, RECEIVED_AT);

DROP INDEX DOSSIER_FINISHED;
