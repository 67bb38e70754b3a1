-- Officials' accounts: the JAAS realm "motcua" authenticates against this table.
-- PASSWORD_HASH: pbkdf2-sha256$<iterations>$<salt, base64>$<hash, base64>. ROLES: comma-separated.

CREATE TABLE USER_ACCOUNT (
  USER_NAME           VARCHAR(100)  NOT NULL PRIMARY KEY,
  DISPLAY_NAME        VARCHAR(200)  NOT NULL,
  PASSWORD_HASH       VARCHAR(300)  NOT NULL,
  ROLES               VARCHAR(300)  NOT NULL,
  AGENCY_CODE         VARCHAR(30),
  ENABLED             BOOLEAN       NOT NULL,
  FAILED_ATTEMPTS     INTEGER       NOT NULL,
  LOCKED_UNTIL        TIMESTAMP,
  CREATED_AT          TIMESTAMP     NOT NULL,
  VERSION             BIGINT        NOT NULL
);

CREATE INDEX USER_ACCOUNT_AGENCY ON USER_ACCOUNT (AGENCY_CODE);
