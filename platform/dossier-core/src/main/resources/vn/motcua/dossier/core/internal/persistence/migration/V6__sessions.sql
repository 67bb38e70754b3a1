-- Browser sessions of officials (the web console) and scanned files of dossiers' documents.
-- USER_SESSION.TOKEN_HASH is the hex SHA-256 of the cookie's value: the value itself is never stored,
-- so a copy of the database opens no session. Any node sharing the database accepts a session.

CREATE TABLE USER_SESSION (
  TOKEN_HASH          VARCHAR(64)   NOT NULL PRIMARY KEY,
  USER_NAME           VARCHAR(100)  NOT NULL,
  CSRF_TOKEN          VARCHAR(64)   NOT NULL,
  CREATED_AT          TIMESTAMP     NOT NULL,
  LAST_SEEN_AT        TIMESTAMP     NOT NULL,
  EXPIRES_AT          TIMESTAMP     NOT NULL
);

CREATE INDEX USER_SESSION_USER ON USER_SESSION (USER_NAME);

CREATE INDEX USER_SESSION_EXPIRES ON USER_SESSION (EXPIRES_AT);

-- Scanned files (PDF, JPEG, PNG) of dossiers' documents, stored under data/motcua-files/; STORED_PATH
-- is relative to that folder. SHA256 is the hex digest of the content as received.

CREATE TABLE DOSSIER_FILE (
  ID                  BIGINT        NOT NULL PRIMARY KEY,
  DOSSIER_CODE        VARCHAR(40)   NOT NULL,
  DOC_CODE            VARCHAR(60)   NOT NULL,
  NAME                VARCHAR(200)  NOT NULL,
  CONTENT_TYPE        VARCHAR(40)   NOT NULL,
  SIZE_BYTES          BIGINT        NOT NULL,
  SHA256              VARCHAR(64)   NOT NULL,
  STORED_PATH         VARCHAR(300)  NOT NULL,
  UPLOADED_AT         TIMESTAMP     NOT NULL,
  UPLOADED_BY         VARCHAR(100)  NOT NULL,
  UPLOADED_BY_NAME    VARCHAR(200),
  FOREIGN KEY (DOSSIER_CODE) REFERENCES DOSSIER (CODE)
);

CREATE INDEX DOSSIER_FILE_DOSSIER ON DOSSIER_FILE (DOSSIER_CODE, ID);

CREATE TABLE ID_SEQUENCE (
  SEQ_NAME            VARCHAR(50)   NOT NULL PRIMARY KEY,
  SEQ_COUNT           BIGINT        NOT NULL
);

INSERT INTO ID_SEQUENCE (SEQ_NAME, SEQ_COUNT) VALUES ('DOSSIER_FILE', 0);
