-- Incident statistics for the LA: rollups that the dashboard reads instead of the incident table.
--
-- Every write to an incident also writes a row to incident_change, in the same transaction (a
-- transactional outbox). A worker takes those rows in order, works out what each changed incident now
-- contributes (its "fact"), takes away what it contributed before (stat_incident), adds the new, and
-- deletes the rows: one transaction, so a change is counted once whatever fails.
--
-- No pupil is in any of these tables: counts, months, categories, types, year groups and routes only.

CREATE TABLE incident_change (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    la_id       BIGINT      NOT NULL,
    school_id   BIGINT      NOT NULL,
    incident_id BIGINT      NOT NULL,
    changed_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What each incident contributes to the rollups now.
CREATE TABLE stat_incident (
    incident_id     BIGINT       NOT NULL,
    la_id           BIGINT       NOT NULL,
    school_id       BIGINT       NOT NULL,
    month           DATE         NOT NULL COMMENT 'first day of the month it was recorded, school (UK) time',
    category_id     BIGINT       NOT NULL,
    type_id         BIGINT       NOT NULL,
    triage_minutes  INT          NULL COMMENT 'from recorded to triaged; null until triaged',
    referred        BOOLEAN      NOT NULL COMMENT 'any response route outside the school',
    year_groups     VARCHAR(60)  NOT NULL COMMENT 'year groups of the pupils involved, comma-separated',
    routes          VARCHAR(200) NOT NULL COMMENT 'response routes, comma-separated',
    reported_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (incident_id),
    KEY ix_stat_incident_school (school_id, reported_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- School x month x category x type.
CREATE TABLE stat_month (
    la_id           BIGINT NOT NULL,
    school_id       BIGINT NOT NULL,
    month           DATE   NOT NULL,
    category_id     BIGINT NOT NULL,
    type_id         BIGINT NOT NULL,
    incidents       INT    NOT NULL,
    triaged         INT    NOT NULL,
    triage_minutes  BIGINT NOT NULL,
    referred        INT    NOT NULL,
    PRIMARY KEY (school_id, month, category_id, type_id),
    KEY ix_stat_month_la (la_id, month)
) ENGINE = InnoDB;

-- School x month x category x year group (an incident counts once in each year group involved).
CREATE TABLE stat_year_group (
    la_id       BIGINT  NOT NULL,
    school_id   BIGINT  NOT NULL,
    month       DATE    NOT NULL,
    category_id BIGINT  NOT NULL,
    year_group  TINYINT NOT NULL,
    incidents   INT     NOT NULL,
    PRIMARY KEY (school_id, month, category_id, year_group),
    KEY ix_stat_year_group_la (la_id, month)
) ENGINE = InnoDB;

-- School x month x category x response route (an incident counts once in each route taken).
CREATE TABLE stat_route (
    la_id       BIGINT      NOT NULL,
    school_id   BIGINT      NOT NULL,
    month       DATE        NOT NULL,
    category_id BIGINT      NOT NULL,
    route       VARCHAR(30) NOT NULL,
    incidents   INT         NOT NULL,
    PRIMARY KEY (school_id, month, category_id, route),
    KEY ix_stat_route_la (la_id, month)
) ENGINE = InnoDB;

-- The incidents already recorded are counted by the worker's first passes.
INSERT INTO incident_change (la_id, school_id, incident_id, changed_at)
SELECT s.la_id, i.school_id, i.id, UTC_TIMESTAMP(6)
FROM incident i JOIN school s ON s.id = i.school_id
ORDER BY i.id;

GRANT SELECT, INSERT, DELETE ON incident_change TO ${appAccount};
GRANT SELECT, INSERT, UPDATE, DELETE ON stat_incident TO ${appAccount};
GRANT SELECT, INSERT, UPDATE, DELETE ON stat_month TO ${appAccount};
GRANT SELECT, INSERT, UPDATE, DELETE ON stat_year_group TO ${appAccount};
GRANT SELECT, INSERT, UPDATE, DELETE ON stat_route TO ${appAccount};
