-- Onboarding: what GIAS says of a school, its Keycloak organization, how far it has got with
-- setting itself up, and the school's members with the roles its headteacher gave them.

ALTER TABLE school
    ADD COLUMN establishment_type VARCHAR(100) NULL COMMENT 'GIAS TypeOfEstablishment (name)',
    ADD COLUMN postcode           VARCHAR(10)  NULL,
    ADD COLUMN organization_id    VARCHAR(36)  NULL COMMENT 'the Keycloak organization of the school',
    ADD COLUMN onboarding         VARCHAR(20)  NOT NULL DEFAULT 'NOT_INVITED',
    ADD KEY ix_school_la_onboarding (la_id, onboarding, name);

-- status now says only whether a school is open; onboarding says how far it has got.
UPDATE school SET status = 'OPEN' WHERE status <> 'CLOSED';

CREATE TABLE school_member (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    school_id     BIGINT       NOT NULL,
    user_id       VARCHAR(36)  NOT NULL COMMENT 'Keycloak user id (the token subject)',
    email         VARCHAR(254) NOT NULL,
    first_name    VARCHAR(100) NOT NULL,
    last_name     VARCHAR(100) NOT NULL,
    roles         VARCHAR(200) NOT NULL COMMENT 'school roles, comma-separated',
    status        VARCHAR(20)  NOT NULL,
    invited_at    DATETIME(6)  NULL,
    signed_in_at  DATETIME(6)  NULL,
    updated_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (school_id, id),
    UNIQUE KEY uk_school_member_id (id),
    UNIQUE KEY uk_school_member_user (school_id, user_id),
    UNIQUE KEY uk_school_member_email (school_id, email),
    CONSTRAINT fk_school_member_school FOREIGN KEY (school_id) REFERENCES school (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

GRANT SELECT, INSERT, UPDATE ON school_member TO ${appAccount};
