-- Online-safety incidents: what staff record, and the DSL's work on them.
-- Categories (the 4Cs) and types are reference data: national defaults have no la_id, and an LA may
-- add its own. Everything else is owned by a school: school_id leads every key.
-- The chronology is append-only for the application (no UPDATE or DELETE grant): corrections are
-- new entries that point at the entry they correct.

CREATE TABLE incident_category (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    la_id       BIGINT       NULL COMMENT 'NULL: a default every LA has',
    code        VARCHAR(40)  NOT NULL,
    label       VARCHAR(80)  NOT NULL,
    hint        VARCHAR(300) NOT NULL,
    position    INT          NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_incident_category_code (la_id, code),
    CONSTRAINT fk_incident_category_la FOREIGN KEY (la_id) REFERENCES local_authority (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE incident_type (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    la_id       BIGINT       NULL COMMENT 'NULL: a default every LA has',
    category_id BIGINT       NOT NULL COMMENT 'the category this type usually falls under',
    code        VARCHAR(40)  NOT NULL,
    label       VARCHAR(80)  NOT NULL,
    position    INT          NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_incident_type_code (la_id, code),
    CONSTRAINT fk_incident_type_category FOREIGN KEY (category_id) REFERENCES incident_category (id),
    CONSTRAINT fk_incident_type_la FOREIGN KEY (la_id) REFERENCES local_authority (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO incident_category (la_id, code, label, hint, position) VALUES
 (NULL, 'CONTENT',  'Content',  'Seeing or being shown harmful, illegal or age-inappropriate material', 1),
 (NULL, 'CONTACT',  'Contact',  'Being approached or targeted by someone online, including adults posing as children', 2),
 (NULL, 'CONDUCT',  'Conduct',  'How a child behaves online: sharing, bullying, misuse of systems', 3),
 (NULL, 'COMMERCE', 'Commerce', 'Money and pressure to buy: gambling, scams, phishing, in-game spending', 4);

INSERT INTO incident_type (la_id, category_id, code, label, position)
SELECT NULL, c.id, t.code, t.label, t.position
FROM (SELECT 'CONDUCT' category, 'CYBERBULLYING' code, 'Cyberbullying' label, 1 position
      UNION ALL SELECT 'CONDUCT', 'NUDE_IMAGE_SHARING', 'Nude or semi-nude image sharing', 2
      UNION ALL SELECT 'CONTACT', 'GROOMING_EXPLOITATION', 'Online grooming or exploitation', 3
      UNION ALL SELECT 'CONTENT', 'RADICALISATION', 'Radicalisation or extremism', 4
      UNION ALL SELECT 'CONTENT', 'HARMFUL_CONTENT', 'Harmful or illegal content', 5
      UNION ALL SELECT 'CONTENT', 'MISINFORMATION', 'Mis- or disinformation', 6
      UNION ALL SELECT 'COMMERCE', 'GAMBLING_SCAMS', 'Gambling or scams', 7
      UNION ALL SELECT 'CONDUCT', 'SYSTEM_MISUSE', 'Hacking or misuse of school systems', 8
      UNION ALL SELECT 'CONDUCT', 'DATA_BREACH', 'Data breach', 9
      UNION ALL SELECT 'CONDUCT', 'STAFF_CONDUCT', 'Conduct of a member of staff', 10
      UNION ALL SELECT 'CONTACT', 'OTHER_CONTACT', 'Other unwanted contact', 11) t
JOIN incident_category c ON c.code = t.category AND c.la_id IS NULL;

CREATE TABLE incident (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    school_id           BIGINT       NOT NULL,
    reported_by         VARCHAR(64)  NOT NULL COMMENT 'token subject of the reporter',
    reporter_name       VARCHAR(200) NOT NULL,
    request_key         VARCHAR(64)  NOT NULL COMMENT 'the reporter''s idempotency key',
    reported_at         DATETIME(6)  NOT NULL,
    occurred_at         DATETIME(6)  NOT NULL,
    location            VARCHAR(20)  NOT NULL,
    location_detail     VARCHAR(120) NULL,
    came_to_light       VARCHAR(20)  NOT NULL,
    description         TEXT         NOT NULL,
    reported_type_id    BIGINT       NOT NULL COMMENT 'the reporter''s first view',
    category_id         BIGINT       NOT NULL,
    type_id             BIGINT       NOT NULL,
    severity            VARCHAR(10)  NULL COMMENT 'set at triage',
    status              VARCHAR(10)  NOT NULL,
    restricted          BOOLEAN      NOT NULL COMMENT 'an allegation against a member of staff',
    about_headteacher   BOOLEAN      NOT NULL,
    youngest_year       TINYINT      NULL COMMENT 'lowest year group of the pupils involved (0 = reception)',
    triaged_at          DATETIME(6)  NULL,
    triaged_by          VARCHAR(200) NULL,
    closed_at           DATETIME(6)  NULL,
    close_rationale     TEXT         NULL,
    updated_at          DATETIME(6)  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (school_id, id),
    UNIQUE KEY uk_incident_id (id),
    UNIQUE KEY uk_incident_request (school_id, reported_by, request_key),
    KEY ix_incident_queue (school_id, restricted, status, reported_at),
    KEY ix_incident_reported (school_id, restricted, reported_at),
    KEY ix_incident_reporter (school_id, reported_by, reported_at),
    CONSTRAINT fk_incident_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_incident_category FOREIGN KEY (category_id) REFERENCES incident_category (id),
    CONSTRAINT fk_incident_type FOREIGN KEY (type_id) REFERENCES incident_type (id),
    CONSTRAINT fk_incident_reported_type FOREIGN KEY (reported_type_id) REFERENCES incident_type (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who is involved. Pupils only by the school's own reference, never by name: the reference means
-- something inside the school and nothing outside it.
CREATE TABLE incident_person (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    school_id       BIGINT       NOT NULL,
    incident_id     BIGINT       NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    involvement     VARCHAR(20)  NOT NULL,
    pupil_ref       VARCHAR(40)  NULL,
    year_group      TINYINT      NULL,
    send            BOOLEAN      NOT NULL DEFAULT FALSE,
    description     VARCHAR(200) NULL COMMENT 'for staff, parents and others: who, in words',
    PRIMARY KEY (school_id, id),
    UNIQUE KEY uk_incident_person_id (id),
    KEY ix_incident_person_incident (school_id, incident_id),
    KEY ix_incident_person_year (school_id, year_group, incident_id),
    CONSTRAINT fk_incident_person_incident FOREIGN KEY (school_id, incident_id) REFERENCES incident (school_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE incident_entry (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    school_id       BIGINT       NOT NULL,
    incident_id     BIGINT       NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    text            TEXT         NOT NULL,
    corrects_id     BIGINT       NULL,
    author_id       VARCHAR(64)  NOT NULL,
    author_name     VARCHAR(200) NOT NULL,
    request_key     VARCHAR(64)  NULL,
    recorded_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (school_id, id),
    UNIQUE KEY uk_incident_entry_id (id),
    UNIQUE KEY uk_incident_entry_request (school_id, author_id, request_key),
    KEY ix_incident_entry_incident (school_id, incident_id, recorded_at),
    CONSTRAINT fk_incident_entry_incident FOREIGN KEY (school_id, incident_id) REFERENCES incident (school_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Response routes as tracked actions: decided with a rationale, due by a date, done with an outcome.
CREATE TABLE incident_action (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    school_id       BIGINT       NOT NULL,
    incident_id     BIGINT       NOT NULL,
    route           VARCHAR(30)  NOT NULL,
    rationale       TEXT         NOT NULL,
    due_on          DATE         NOT NULL,
    done_on         DATE         NULL,
    outcome         TEXT         NULL,
    decided_by      VARCHAR(200) NOT NULL,
    decided_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (school_id, id),
    UNIQUE KEY uk_incident_action_id (id),
    KEY ix_incident_action_incident (school_id, incident_id),
    KEY ix_incident_action_due (school_id, done_on, due_on),
    CONSTRAINT fk_incident_action_incident FOREIGN KEY (school_id, incident_id) REFERENCES incident (school_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The school's own graded ladder of sanctions, lowest rank first.
CREATE TABLE sanction_level (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    school_id   BIGINT       NOT NULL,
    rank_order  INT          NOT NULL,
    label       VARCHAR(120) NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    PRIMARY KEY (school_id, id),
    UNIQUE KEY uk_sanction_level_id (id),
    UNIQUE KEY uk_sanction_level_label (school_id, label),
    CONSTRAINT fk_sanction_level_school FOREIGN KEY (school_id) REFERENCES school (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE incident_sanction (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    school_id       BIGINT       NOT NULL,
    incident_id     BIGINT       NOT NULL,
    person_id       BIGINT       NOT NULL COMMENT 'the pupil it applies to',
    level_id        BIGINT       NOT NULL,
    starts_on       DATE         NOT NULL,
    ends_on         DATE         NULL,
    note            VARCHAR(500) NULL,
    decided_by      VARCHAR(200) NOT NULL,
    decided_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (school_id, id),
    UNIQUE KEY uk_incident_sanction_id (id),
    KEY ix_incident_sanction_incident (school_id, incident_id),
    CONSTRAINT fk_incident_sanction_incident FOREIGN KEY (school_id, incident_id) REFERENCES incident (school_id, id),
    CONSTRAINT fk_incident_sanction_person FOREIGN KEY (school_id, person_id) REFERENCES incident_person (school_id, id),
    CONSTRAINT fk_incident_sanction_level FOREIGN KEY (school_id, level_id) REFERENCES sanction_level (school_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Parents or carers: told (when, by whom, how) or not told (why).
CREATE TABLE incident_parent_contact (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    school_id       BIGINT       NOT NULL,
    incident_id     BIGINT       NOT NULL,
    informed        BOOLEAN      NOT NULL,
    informed_on     DATE         NULL,
    informed_by     VARCHAR(200) NULL,
    method          VARCHAR(20)  NULL,
    reason          TEXT         NULL COMMENT 'why parents were not told',
    recorded_by     VARCHAR(200) NOT NULL,
    recorded_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (school_id, id),
    UNIQUE KEY uk_incident_parent_contact_id (id),
    KEY ix_incident_parent_contact_incident (school_id, incident_id),
    CONSTRAINT fk_incident_parent_contact_incident FOREIGN KEY (school_id, incident_id) REFERENCES incident (school_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The initial review of a nude or semi-nude image sharing incident. Never an image: words only.
CREATE TABLE image_sharing_review (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    school_id           BIGINT       NOT NULL,
    incident_id         BIGINT       NOT NULL,
    met_on              DATE         NOT NULL,
    attendees           VARCHAR(500) NOT NULL,
    decision            TEXT         NOT NULL,
    adult_involved      BOOLEAN      NOT NULL,
    coercion            BOOLEAN      NOT NULL COMMENT 'coercion, blackmail or grooming, or doubt about capacity to consent',
    extreme_acts        BOOLEAN      NOT NULL COMMENT 'acts unusual for the child''s development, or violent',
    under_thirteen      BOOLEAN      NOT NULL,
    immediate_risk      BOOLEAN      NOT NULL,
    recorded_by         VARCHAR(200) NOT NULL,
    recorded_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (school_id, id),
    UNIQUE KEY uk_image_sharing_review_id (id),
    KEY ix_image_sharing_review_incident (school_id, incident_id),
    CONSTRAINT fk_image_sharing_review_incident FOREIGN KEY (school_id, incident_id) REFERENCES incident (school_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE incident_attachment (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    school_id       BIGINT       NOT NULL,
    incident_id     BIGINT       NOT NULL,
    file_name       VARCHAR(200) NOT NULL,
    media_type      VARCHAR(100) NOT NULL COMMENT 'as detected from the content',
    size_bytes      INT          NOT NULL,
    sha256          CHAR(64)     NOT NULL,
    content         MEDIUMBLOB   NOT NULL,
    added_by        VARCHAR(200) NOT NULL,
    added_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (school_id, id),
    UNIQUE KEY uk_incident_attachment_id (id),
    KEY ix_incident_attachment_incident (school_id, incident_id),
    CONSTRAINT fk_incident_attachment_incident FOREIGN KEY (school_id, incident_id) REFERENCES incident (school_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

GRANT SELECT, INSERT ON incident_category TO ${appAccount};
GRANT SELECT, INSERT ON incident_type TO ${appAccount};
GRANT SELECT, INSERT, UPDATE ON incident TO ${appAccount};
GRANT SELECT, INSERT ON incident_person TO ${appAccount};
GRANT SELECT, INSERT ON incident_entry TO ${appAccount};
GRANT SELECT, INSERT, UPDATE ON incident_action TO ${appAccount};
GRANT SELECT, INSERT, UPDATE ON sanction_level TO ${appAccount};
GRANT SELECT, INSERT ON incident_sanction TO ${appAccount};
GRANT SELECT, INSERT ON incident_parent_contact TO ${appAccount};
GRANT SELECT, INSERT ON image_sharing_review TO ${appAccount};
GRANT SELECT, INSERT ON incident_attachment TO ${appAccount};
