-- A fictional local authority with three fictional schools. Safe to load again: nothing doubles.
-- LA code 990 and URNs 9900xx are not used by any real LA or school in GIAS. The ids are fixed
-- (LA id = its code, school id = its URN) because the demo realm (config/keycloak) names them in
-- its tokens; onboarding sets them on the Keycloak organization itself.
INSERT INTO local_authority (id, code, name, created_at)
VALUES (990, '990', 'Northmere Borough Council', UTC_TIMESTAMP(6))
ON DUPLICATE KEY UPDATE name = VALUES(name);

INSERT INTO school (id, la_id, urn, name, phase, status, created_at, updated_at)
VALUES (990001, 990, 990001, 'Oakfield Primary School', 'PRIMARY', 'OPEN', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
       (990002, 990, 990002, 'Riverside Church of England Primary Academy', 'PRIMARY', 'OPEN', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
       (990003, 990, 990003, 'Northmere High School', 'SECONDARY', 'OPEN', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))
ON DUPLICATE KEY UPDATE name = VALUES(name);
