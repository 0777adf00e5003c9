-- The incident log of one busy, fictional secondary school for the DSL-queue benchmark
-- (benchmarks/incidents): @incidents incidents reported over the last two years, newest first in
-- id order as the application would have made them. Run as root after SET @school, @incidents.
--   type:     a third cyberbullying, then harmful content, system misuse, nude image sharing, ...;
--             1 in 100 an allegation against staff (restricted; 1 in 10 of those about the head)
--   status:   the last fortnight NEW, OPEN or CLOSED alike; the last three months a quarter OPEN;
--             older ones closed but for 1 in 50
--   people:   4 in 5 with a pupil (years 7 to 13), 1 in 4 of those with a second pupil
--   workload: every incident its REPORTED chronology entry; every OPEN one a response action, due a
--             fortnight after it was reported (so most are overdue)
-- Description words rotate over eight platforms, so a search for one of them matches 1 in 8.

SET @now := UTC_TIMESTAMP(6);
SET @span := 730 * 86400;

INSERT INTO incident (school_id, reported_by, reporter_name, request_key, reported_at, occurred_at, location,
                      location_detail, came_to_light, description, reported_type_id, category_id, type_id, severity,
                      status, restricted, about_headteacher, youngest_year, triaged_at, triaged_by, closed_at,
                      close_rationale, updated_at, version)
SELECT @school, CONCAT('seed-staff-', s.n % 40), CONCAT('Member of staff ', s.n % 40), CONCAT('seed-', s.n),
       s.reported_at, s.reported_at - INTERVAL (1 + s.n % 72) HOUR,
       ELT(1 + s.n % 5, 'ONLINE_PLATFORM', 'HOME', 'CLASSROOM', 'ELSEWHERE_IN_SCHOOL', 'ONLINE_PLATFORM'),
       s.platform, ELT(1 + s.n % 5, 'DISCLOSURE', 'OBSERVED', 'MONITORING_ALERT', 'PARENT', 'OTHER'),
       CONCAT('A pupil said that messages on ', s.platform, ' had been sent to them by others in their year. ',
              'The class teacher saw screenshots and spoke to the pupil at break. Made-up report ', s.n,
              ' of the benchmark: no real child or school.'),
       t.id, t.category_id, t.id,
       IF(s.status = 'NEW', NULL, ELT(1 + s.n % 4, 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
       s.status, t.code = 'STAFF_CONDUCT', t.code = 'STAFF_CONDUCT' AND s.n % 10 = 0,
       IF(s.n % 5 = 0, NULL, 7 + s.n % 7),
       IF(s.status = 'NEW', NULL, LEAST(@now, s.reported_at + INTERVAL 1 DAY)),
       IF(s.status = 'NEW', NULL, 'Designated Safeguarding Lead'),
       IF(s.status = 'CLOSED', LEAST(@now, s.reported_at + INTERVAL 10 DAY), NULL),
       IF(s.status = 'CLOSED', 'Handled in school; parents told; no further action needed.', NULL),
       IF(s.status = 'CLOSED', LEAST(@now, s.reported_at + INTERVAL 10 DAY), s.reported_at), 0
FROM (SELECT seq AS n,
             @now - INTERVAL (seq * @span DIV @incidents + seq * 7919 % 3600) SECOND AS reported_at,
             ELT(1 + seq % 8, 'Snapchat', 'TikTok', 'Instagram', 'WhatsApp', 'Roblox', 'Discord', 'YouTube',
                 'a gaming chat') AS platform,
             CASE WHEN seq * @span DIV @incidents < 14 * 86400 THEN ELT(1 + seq % 3, 'NEW', 'OPEN', 'CLOSED')
                  WHEN seq * @span DIV @incidents < 90 * 86400 THEN IF(seq % 4 = 0, 'OPEN', 'CLOSED')
                  ELSE IF(seq % 50 = 0, 'OPEN', 'CLOSED') END AS status,
             CASE WHEN seq * 7919 % 100 < 35 THEN 'CYBERBULLYING'
                  WHEN seq * 7919 % 100 < 45 THEN 'NUDE_IMAGE_SHARING'
                  WHEN seq * 7919 % 100 < 50 THEN 'GROOMING_EXPLOITATION'
                  WHEN seq * 7919 % 100 < 52 THEN 'RADICALISATION'
                  WHEN seq * 7919 % 100 < 67 THEN 'HARMFUL_CONTENT'
                  WHEN seq * 7919 % 100 < 72 THEN 'MISINFORMATION'
                  WHEN seq * 7919 % 100 < 78 THEN 'GAMBLING_SCAMS'
                  WHEN seq * 7919 % 100 < 88 THEN 'SYSTEM_MISUSE'
                  WHEN seq * 7919 % 100 < 92 THEN 'DATA_BREACH'
                  WHEN seq * 7919 % 100 < 93 THEN 'STAFF_CONDUCT'
                  ELSE 'OTHER_CONTACT' END AS type_code
      FROM seq_1_to_100000 WHERE seq <= @incidents) s
JOIN incident_type t ON t.la_id IS NULL AND t.code = s.type_code
ORDER BY s.n DESC;

INSERT INTO incident_person (school_id, incident_id, kind, involvement, pupil_ref, year_group, send)
SELECT i.school_id, i.id, 'PUPIL', 'HARMED', CONCAT('QP', 100000 + i.id % 1200), i.youngest_year, i.id % 9 = 0
FROM incident i WHERE i.school_id = @school AND i.youngest_year IS NOT NULL;

INSERT INTO incident_person (school_id, incident_id, kind, involvement, pupil_ref, year_group, send)
SELECT i.school_id, i.id, 'PUPIL', 'RESPONSIBLE', CONCAT('QP', 101200 + i.id % 1200), LEAST(13, i.youngest_year + 1), FALSE
FROM incident i WHERE i.school_id = @school AND i.youngest_year IS NOT NULL AND i.id % 4 = 0;

INSERT INTO incident_entry (school_id, incident_id, kind, text, author_id, author_name, recorded_at)
SELECT i.school_id, i.id, 'REPORTED', i.description, i.reported_by, i.reporter_name, i.reported_at
FROM incident i WHERE i.school_id = @school;

INSERT INTO incident_action (school_id, incident_id, route, rationale, due_on, decided_by, decided_at)
SELECT i.school_id, i.id, ELT(1 + i.id % 3, 'INTERNAL', 'EARLY_HELP', 'SOCIAL_CARE'),
       'Agreed with the pupil and parents at the triage meeting.', DATE(i.reported_at + INTERVAL 14 DAY),
       'Designated Safeguarding Lead', i.triaged_at
FROM incident i WHERE i.school_id = @school AND i.status = 'OPEN';

ANALYZE TABLE incident, incident_person, incident_action;
