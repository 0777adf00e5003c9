-- A fictional local authority with three fictional schools. Safe to load again: nothing doubles.
-- LA code 990 and URNs 9900xx are not used by any real LA or school in GIAS.
INSERT INTO local_authority (code, name, created_at)
VALUES ('990', 'Northmere Borough Council', UTC_TIMESTAMP(6))
ON DUPLICATE KEY UPDATE name = VALUES(name);

SET @la = (SELECT id FROM local_authority WHERE code = '990');

INSERT INTO school (la_id, urn, name, phase, status, created_at, updated_at)
VALUES (@la, 990001, 'Oakfield Primary School', 'PRIMARY', 'ACTIVE', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
       (@la, 990002, 'Riverside Church of England Primary Academy', 'PRIMARY', 'ACTIVE', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
       (@la, 990003, 'Northmere High School', 'SECONDARY', 'ACTIVE', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))
ON DUPLICATE KEY UPDATE name = VALUES(name);
