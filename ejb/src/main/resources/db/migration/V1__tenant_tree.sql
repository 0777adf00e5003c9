-- The tenant tree: a local authority (LA) and its schools.
-- ${appAccount} is the application's database account; it gets only the rights it needs, table by table.

CREATE TABLE local_authority (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    code        VARCHAR(3)   NOT NULL COMMENT 'DfE three-digit LA code',
    name        VARCHAR(120) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_local_authority_code (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE school (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    la_id       BIGINT       NOT NULL,
    urn         INT          NOT NULL COMMENT 'GIAS unique reference number',
    name        VARCHAR(200) NOT NULL,
    phase       VARCHAR(30)  NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_school_urn (urn),
    UNIQUE KEY uk_school_la (la_id, id),
    CONSTRAINT fk_school_la FOREIGN KEY (la_id) REFERENCES local_authority (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

GRANT SELECT, INSERT, UPDATE ON local_authority TO ${appAccount};
GRANT SELECT, INSERT, UPDATE ON school TO ${appAccount};
