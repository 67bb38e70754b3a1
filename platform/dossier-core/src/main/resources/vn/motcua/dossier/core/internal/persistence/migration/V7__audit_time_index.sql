-- No query reads the audit trail by time: it is always read per dossier, in order, through its
-- primary key (DOSSIER_CODE, SEQ). The index on ACTED_AT only cost an index insert for every
-- reception and every transition.

DROP INDEX AUDIT_ENTRY_ACTED_AT;
