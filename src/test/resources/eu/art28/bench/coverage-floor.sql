-- The floor of the full-scan benchmark (docs/benchmarks.md): the coverage question answered by one hand-written,
-- set-based MariaDB query over the same tables, with the rules of eu.art28.coverage.control.CoverageEngine.
-- One row per finding: engagement, rule, and the code or country missing (NULL for the whole-engagement rules).
--
-- judged:  engagements still running or yet to start, with the day to judge them on (their first day if later
--          than today); ended engagements are not judged.
-- live:    for each processor and judging day, its agreements in force that day (Term.inForceOn). Nearly every
--          engagement is judged today, so grouping by processor and day first makes the scope checks one lookup per
--          code instead of a walk over every agreement of the processor (four times faster than joining each
--          engagement to its agreements, measured on the bench workload).
-- covered: processor and day with at least one agreement in force; only those engagements get scope findings.
-- *_grants: what the agreements in force grant, by processor and day.
-- A code is covered by a granted code equal to it or above it in the hierarchy ('e' covers 'e.mailing'); catalogue
-- codes hold only [a-z0-9.-], so LIKE needs no escaping.
WITH judged AS (
    SELECT e.id, e.processor_id, GREATEST(e.starts_on, CURDATE()) AS day
    FROM engagement e
    WHERE e.ends_on IS NULL OR e.ends_on >= CURDATE()
),
days AS (
    SELECT DISTINCT processor_id, day FROM judged
),
live AS (
    SELECT d.processor_id, d.day, a.id AS agreement_id, a.special_categories
    FROM days d
    JOIN agreement a ON a.processor_id = d.processor_id
    WHERE a.effective_from <= d.day
      AND (a.expires_on IS NULL OR a.tacit_renewal OR d.day <= a.expires_on)
      AND (a.status = 'APPROVED'
           OR (a.status = 'TERMINATED' AND d.day <= a.terminated_on)
           OR (a.status = 'SUPERSEDED' AND d.day < a.superseded_on))
),
covered AS (
    SELECT DISTINCT processor_id, day FROM live
),
purpose_grants AS (
    SELECT DISTINCT l.processor_id, l.day, g.code
    FROM live l JOIN agreement_purpose g ON g.agreement_id = l.agreement_id
),
category_grants AS (
    SELECT l.processor_id, l.day, g.code, MAX(l.special_categories) AS special_allowed
    FROM live l JOIN agreement_data_category g ON g.agreement_id = l.agreement_id
    GROUP BY l.processor_id, l.day, g.code
),
subject_grants AS (
    SELECT DISTINCT l.processor_id, l.day, g.code
    FROM live l JOIN agreement_data_subject g ON g.agreement_id = l.agreement_id
),
country_grants AS (
    SELECT l.processor_id, l.day, g.country, MAX(s.country IS NOT NULL) AS safeguarded
    FROM live l
    JOIN agreement_country g ON g.agreement_id = l.agreement_id
    LEFT JOIN agreement_safeguard s ON s.agreement_id = g.agreement_id AND s.country = g.country
    GROUP BY l.processor_id, l.day, g.country
)
SELECT j.id AS engagement_id, 'NO_AGREEMENT' AS rule, NULL AS code
FROM judged j
WHERE NOT EXISTS (SELECT 1 FROM agreement a WHERE a.processor_id = j.processor_id)

UNION ALL
SELECT j.id, 'AGREEMENT_NOT_IN_FORCE', NULL
FROM judged j
WHERE EXISTS (SELECT 1 FROM agreement a WHERE a.processor_id = j.processor_id)
  AND NOT EXISTS (SELECT 1 FROM covered c WHERE c.processor_id = j.processor_id AND c.day = j.day)

UNION ALL
SELECT DISTINCT j.id, 'AGREEMENT_SCOPE_EMPTY', NULL
FROM judged j
JOIN live l ON l.processor_id = j.processor_id AND l.day = j.day
WHERE l.agreement_id IN (SELECT x.id FROM agreement x
                         WHERE NOT EXISTS (SELECT 1 FROM agreement_purpose y WHERE y.agreement_id = x.id)
                            OR NOT EXISTS (SELECT 1 FROM agreement_data_category y WHERE y.agreement_id = x.id)
                            OR NOT EXISTS (SELECT 1 FROM agreement_data_subject y WHERE y.agreement_id = x.id)
                            OR NOT EXISTS (SELECT 1 FROM agreement_country y WHERE y.agreement_id = x.id))

UNION ALL
SELECT u.engagement_id, 'PURPOSE_NOT_COVERED', u.code
FROM engagement_purpose u
JOIN judged j ON j.id = u.engagement_id
JOIN covered c ON c.processor_id = j.processor_id AND c.day = j.day
WHERE NOT EXISTS (SELECT 1 FROM purpose_grants x WHERE x.processor_id = j.processor_id AND x.day = j.day
                  AND (x.code = u.code OR u.code LIKE CONCAT(x.code, '.%')))

UNION ALL
SELECT u.engagement_id, 'DATA_CATEGORY_NOT_COVERED', u.code
FROM engagement_data_category u
JOIN judged j ON j.id = u.engagement_id
JOIN covered c ON c.processor_id = j.processor_id AND c.day = j.day
WHERE NOT EXISTS (SELECT 1 FROM category_grants x WHERE x.processor_id = j.processor_id AND x.day = j.day
                  AND (x.code = u.code OR u.code LIKE CONCAT(x.code, '.%')))

UNION ALL
-- a special category (Art. 9) that agreements in force cover, none of them allowing special categories
SELECT u.engagement_id, 'SPECIAL_CATEGORY_NOT_ALLOWED', u.code
FROM engagement_data_category u
JOIN judged j ON j.id = u.engagement_id
WHERE EXISTS (SELECT 1 FROM data_category s WHERE s.special AND (s.code = u.code OR u.code LIKE CONCAT(s.code, '.%')))
  AND EXISTS (SELECT 1 FROM category_grants x WHERE x.processor_id = j.processor_id AND x.day = j.day
              AND (x.code = u.code OR u.code LIKE CONCAT(x.code, '.%')))
  AND NOT EXISTS (SELECT 1 FROM category_grants x WHERE x.processor_id = j.processor_id AND x.day = j.day
                  AND x.special_allowed AND (x.code = u.code OR u.code LIKE CONCAT(x.code, '.%')))

UNION ALL
SELECT u.engagement_id, 'DATA_SUBJECT_NOT_COVERED', u.code
FROM engagement_data_subject u
JOIN judged j ON j.id = u.engagement_id
JOIN covered c ON c.processor_id = j.processor_id AND c.day = j.day
WHERE NOT EXISTS (SELECT 1 FROM subject_grants x WHERE x.processor_id = j.processor_id AND x.day = j.day
                  AND (x.code = u.code OR u.code LIKE CONCAT(x.code, '.%')))

UNION ALL
SELECT u.engagement_id, 'COUNTRY_NOT_COVERED', u.country
FROM engagement_country u
JOIN judged j ON j.id = u.engagement_id
JOIN covered c ON c.processor_id = j.processor_id AND c.day = j.day
WHERE NOT EXISTS (SELECT 1 FROM country_grants x WHERE x.processor_id = j.processor_id AND x.day = j.day
                  AND x.country = u.country)

UNION ALL
-- a country outside the EEA (eu.art28.platform.entity.Eea) that agreements in force list, none with a safeguard
SELECT u.engagement_id, 'TRANSFER_WITHOUT_SAFEGUARD', u.country
FROM engagement_country u
JOIN judged j ON j.id = u.engagement_id
JOIN country_grants x ON x.processor_id = j.processor_id AND x.day = j.day AND x.country = u.country
WHERE x.safeguarded = 0
  AND u.country NOT IN ('AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT',
                        'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO')
