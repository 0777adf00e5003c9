-- A school's safeguarding contacts: the first tenant-owned table.
-- The tenant column leads the primary key so that one school's rows sit together and every
-- lookup by id is also a lookup by school.

CREATE TABLE school_contact (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    school_id   BIGINT       NOT NULL,
    name        VARCHAR(120) NOT NULL,
    role        VARCHAR(30)  NOT NULL,
    email       VARCHAR(254) NOT NULL,
    phone       VARCHAR(30)  NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (school_id, id),
    UNIQUE KEY uk_school_contact_id (id),
    UNIQUE KEY uk_school_contact_role_email (school_id, role, email),
    CONSTRAINT fk_school_contact_school FOREIGN KEY (school_id) REFERENCES school (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

GRANT SELECT, INSERT, UPDATE, DELETE ON school_contact TO ${appAccount};
