-- Several runtimes on one database: a periodic job that must run once cluster-wide (the outbox
-- delivery to the national portal) runs only on the runtime that holds its lease. HOLDER renews
-- LEASED_UNTIL every round; when a holder stops, another runtime takes the lease once it expires.
-- Times are the database's own clock (CURRENT_TIMESTAMP), never a node's.

CREATE TABLE JOB_LEASE (
  NAME                VARCHAR(60)   NOT NULL PRIMARY KEY,
  HOLDER              VARCHAR(200)  NOT NULL,
  LEASED_UNTIL        TIMESTAMP     NOT NULL
);
