-- The role that the dossier's current process step waits for (RECEPTION_CLERK, SPECIALIST, LEADER),
-- beside the step's index: a work list can then ask for the dossiers whose turn is the official's
-- (myTurn=true) in the database, page by page, instead of reading every open dossier's process.
-- No index: the filter applies within one agency's dossiers of one status, which its index finds.
-- The open dossiers stored before it get their role from their stored process right after this
-- script (SchemaMigrator), in the same transaction.

ALTER TABLE DOSSIER ADD COLUMN STEP_ROLE VARCHAR(20);
