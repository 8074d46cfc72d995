-- The floor of the full-scan benchmark (docs/benchmarks.md): the coverage question answered by one hand-written,
-- set-based MariaDB query over the same tables, with the rules of eu.art28.coverage.control.CoverageEngine,
-- including the transfer rules (eu.art28.transfers.control.TransferRules over transfer_country) and the
-- sub-processor chain (eu.art28.chain.control.Chain, at any depth), and the gates of confidentiality (Art. 28(3)(b):
-- the clause, or an undertaking on file) and demonstrable security (evidence the risk tier counts,
-- eu.art28.evidence.control.SecurityPolicy). PURPOSE_INCOMPATIBLE is not answered: the bench workload records no
-- original purpose, so the engine never gives it there (the harness compares it all the same).
--
-- One row per entry of a finding: the subject ('engagement:<id>', or 'link:<id>' for the objection deadlines), the
-- rule, the entry the alert lists as missing (a code, a country, a day, an agreement, or a path such as
-- 'P → S → T: US'; NULL for NO_AGREEMENT), and a sort key: the entries of one finding in the key's order (binary)
-- are the engine's order, so that the harness can compare them with the alert's text exactly. Codes sort by
-- themselves; paths in the order the engine walks them (each link's start and id, parents before children).
--
-- judged:  engagements still running or yet to start, with the day to judge them on (their first day if later
--          than today); ended engagements are not judged.
-- live:    for each processor and judging day, its agreements in force that day (Term.inForceOn). Nearly every
--          engagement is judged today, so grouping by processor and day first makes the scope checks one lookup per
--          code instead of a walk over every agreement of the processor (four times faster than joining each
--          engagement to its agreements, measured on the bench workload).
-- covered: processor and day with at least one agreement in force (only those engagements get scope and chain
--          findings), whether one of those allows sub-processing at all, and generally, and whether one of them
--          has the confidentiality clause (b) (Art. 28(3)(b); else a confidentiality undertaking must be valid).
-- *_grants: what the agreements in force grant, by processor and day; country_grants also whether one of them
--          records a safeguard that holds for the country.
-- countries: each country of transfer_country on each judging day: in the EEA, free (EEA or a full adequacy decision
--          in force: lawful without a safeguard), and whether a decision is in force (ADEQUACY_DECISION recorded as
--          a safeguard holds only then). A country without a row is neither.
-- reach:   the paths down the chain, per engagement: recursively, the links of the last sub-processor that are in
--          use on the day (within their dates, not taken over by a started replacement that was not objected to or
--          refused) and carry the engagement's data (a purpose and a data category overlapping the engagement's,
--          one covering the other); a path stops where a processor would repeat. With the label "P → S → T", the
--          last link's status that day (LinkStatus.of) and the sort key.
-- security_policy: the evidence types that demonstrate security, by risk tier, as the application's defaults
--          (SecurityPolicy.DEFAULT_*, ART28_SECURITY_EVIDENCE_*), with the type's place in EvidenceType (the engine
--          lists the required types in that order).
-- secured: processor and judging day with evidence of a kind its tier counts (a processor without a tier counts
--          as high risk) on file (not withdrawn) and valid that day, from its day of issue through its last valid
--          day (Evidence.validOn); the others get SECURITY_NOT_DEMONSTRATED, whatever the agreements say.
-- A code is covered by a granted code equal to it or above it in the hierarchy ('e' covers 'e.mailing'); catalogue
-- codes hold only [a-z0-9.-], so LIKE needs no escaping.
WITH RECURSIVE judged AS (
    SELECT e.id, e.processor_id, GREATEST(e.starts_on, CURDATE()) AS day
    FROM engagement e
    WHERE e.ends_on IS NULL OR e.ends_on >= CURDATE()
),
days AS (
    SELECT DISTINCT processor_id, day FROM judged
),
live AS (
    SELECT d.processor_id, d.day, a.id AS agreement_id, a.special_categories, a.sub_processing
    FROM days d
    JOIN agreement a ON a.processor_id = d.processor_id
    WHERE a.effective_from <= d.day
      AND (a.expires_on IS NULL OR a.tacit_renewal OR d.day <= a.expires_on)
      AND (a.status = 'APPROVED'
           OR (a.status = 'TERMINATED' AND d.day <= a.terminated_on)
           OR (a.status = 'SUPERSEDED' AND d.day < a.superseded_on))
),
security_policy (tier, type, ord) AS (
    SELECT t.tier, p.type, p.ord
    FROM (SELECT 'HIGH' AS tier, 1 AS level UNION ALL SELECT 'MEDIUM', 2 UNION ALL SELECT 'LOW', 3) t
    JOIN (SELECT 'ISO_27001' AS type, '00' AS ord, 1 AS level UNION ALL SELECT 'NEN_7510', '05', 1
          UNION ALL SELECT 'SOC2_TYPE_2', '03', 1 UNION ALL SELECT 'ISAE_3402', '04', 1
          UNION ALL SELECT 'SOC2_TYPE_1', '02', 2 UNION ALL SELECT 'DATA_PRO_CERTIFICATE', '09', 2
          UNION ALL SELECT 'ART32_MEASURES_ANNEX', '07', 3) p ON p.level <= t.level
),
secured AS (
    SELECT DISTINCT d.processor_id, d.day
    FROM days d
    JOIN processor p ON p.id = d.processor_id
    JOIN evidence e ON e.processor_id = d.processor_id AND e.withdrawn_at IS NULL
                   AND e.issued_on <= d.day AND (e.valid_until IS NULL OR e.valid_until >= d.day)
    JOIN security_policy s ON s.tier = COALESCE(p.risk_tier, 'HIGH') AND s.type = e.type
),
covered AS (
    SELECT l.processor_id, l.day, MAX(l.sub_processing <> 'NOT_ALLOWED') AS allowed,
           MAX(l.sub_processing = 'GENERAL') AS general, MAX(k.agreement_id IS NOT NULL) AS confidential
    FROM live l
    LEFT JOIN agreement_clause k ON k.agreement_id = l.agreement_id AND k.clause = 'B_CONFIDENTIALITY' AND k.present
    GROUP BY l.processor_id, l.day
),
countries AS (
    SELECT d.day, t.code, t.eea,
           t.adequacy_decision IS NOT NULL AND t.adequacy_adopted_on IS NOT NULL AND t.adequacy_adopted_on <= d.day
               AND (t.adequacy_ends_on IS NULL OR d.day <= t.adequacy_ends_on) AS decision,
           t.eea OR (t.adequacy_decision IS NOT NULL AND t.adequacy_adopted_on IS NOT NULL
               AND t.adequacy_adopted_on <= d.day AND (t.adequacy_ends_on IS NULL OR d.day <= t.adequacy_ends_on)
               AND NOT t.adequacy_partial) AS free
    FROM (SELECT DISTINCT day FROM judged) d
    CROSS JOIN transfer_country t
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
    SELECT l.processor_id, l.day, g.country,
           MAX(s.safeguard IS NOT NULL AND (s.safeguard <> 'ADEQUACY_DECISION' OR COALESCE(c.decision, FALSE)))
               AS safeguarded
    FROM live l
    JOIN agreement_country g ON g.agreement_id = l.agreement_id
    LEFT JOIN agreement_safeguard s ON s.agreement_id = g.agreement_id AND s.country = g.country
    LEFT JOIN countries c ON c.day = l.day AND c.code = g.country
    GROUP BY l.processor_id, l.day, g.country
),
reach (engagement_id, processor_id, day, link_id, subprocessor_id, authorisation, flow_down, status, label, visited,
       ord) AS (
    SELECT j.id, j.processor_id, j.day, k.id, k.subprocessor_id, k.authorisation, k.flow_down,
           CASE WHEN k.authorisation = 'SPECIFIC' THEN
                    CASE WHEN k.decision <=> 'APPROVED' THEN 'APPROVED'
                         WHEN k.decision <=> 'REFUSED' THEN 'REFUSED' ELSE 'REQUESTED' END
                WHEN k.decision <=> 'OBJECTED' THEN 'OBJECTED'
                WHEN k.objection_deadline IS NOT NULL AND j.day > k.objection_deadline THEN 'ACCEPTED'
                ELSE 'PENDING' END,
           CAST(CONCAT(p.name, ' → ', s.name) AS CHAR(4000) CHARACTER SET utf8mb4) COLLATE utf8mb4_bin,
           CAST(CONCAT('/', j.processor_id, '/', k.subprocessor_id, '/') AS CHAR(1000) CHARACTER SET utf8mb4)
               COLLATE utf8mb4_bin,
           CAST(CONCAT(DATE_FORMAT(k.starts_on, '%Y%m%d'), LPAD(k.id, 12, '0')) AS CHAR(1000) CHARACTER SET utf8mb4)
               COLLATE utf8mb4_bin
    FROM judged j
    JOIN covered c ON c.processor_id = j.processor_id AND c.day = j.day
    JOIN subprocessor_link k ON k.processor_id = j.processor_id
    JOIN processor p ON p.id = k.processor_id
    JOIN processor s ON s.id = k.subprocessor_id
    WHERE k.subprocessor_id <> j.processor_id
      AND k.starts_on <= j.day AND (k.ends_on IS NULL OR k.ends_on >= j.day)
      AND NOT EXISTS (SELECT 1 FROM subprocessor_link n
                      WHERE n.replaces_link_id = k.id AND n.starts_on <= j.day
                        AND NOT ((n.authorisation = 'GENERAL' AND n.decision <=> 'OBJECTED')
                                 OR (n.authorisation = 'SPECIFIC' AND n.decision <=> 'REFUSED')))
      AND EXISTS (SELECT 1 FROM subprocessor_link_purpose x JOIN engagement_purpose u ON u.engagement_id = j.id
                  WHERE x.link_id = k.id
                    AND (u.code = x.code OR u.code LIKE CONCAT(x.code, '.%') OR x.code LIKE CONCAT(u.code, '.%')))
      AND EXISTS (SELECT 1 FROM subprocessor_link_data_category x JOIN engagement_data_category u
                      ON u.engagement_id = j.id
                  WHERE x.link_id = k.id
                    AND (u.code = x.code OR u.code LIKE CONCAT(x.code, '.%') OR x.code LIKE CONCAT(u.code, '.%')))
    UNION ALL
    SELECT r.engagement_id, r.processor_id, r.day, k.id, k.subprocessor_id, k.authorisation, k.flow_down,
           CASE WHEN k.authorisation = 'SPECIFIC' THEN
                    CASE WHEN k.decision <=> 'APPROVED' THEN 'APPROVED'
                         WHEN k.decision <=> 'REFUSED' THEN 'REFUSED' ELSE 'REQUESTED' END
                WHEN k.decision <=> 'OBJECTED' THEN 'OBJECTED'
                WHEN k.objection_deadline IS NOT NULL AND r.day > k.objection_deadline THEN 'ACCEPTED'
                ELSE 'PENDING' END,
           CONCAT(r.label, ' → ', s.name),
           CONCAT(r.visited, k.subprocessor_id, '/'),
           CONCAT(r.ord, DATE_FORMAT(k.starts_on, '%Y%m%d'), LPAD(k.id, 12, '0'))
    FROM reach r
    JOIN subprocessor_link k ON k.processor_id = r.subprocessor_id
    JOIN processor s ON s.id = k.subprocessor_id
    WHERE LOCATE(CONCAT('/', k.subprocessor_id, '/'), r.visited) = 0
      AND k.starts_on <= r.day AND (k.ends_on IS NULL OR k.ends_on >= r.day)
      AND NOT EXISTS (SELECT 1 FROM subprocessor_link n
                      WHERE n.replaces_link_id = k.id AND n.starts_on <= r.day
                        AND NOT ((n.authorisation = 'GENERAL' AND n.decision <=> 'OBJECTED')
                                 OR (n.authorisation = 'SPECIFIC' AND n.decision <=> 'REFUSED')))
      AND EXISTS (SELECT 1 FROM subprocessor_link_purpose x JOIN engagement_purpose u
                      ON u.engagement_id = r.engagement_id
                  WHERE x.link_id = k.id
                    AND (u.code = x.code OR u.code LIKE CONCAT(x.code, '.%') OR x.code LIKE CONCAT(u.code, '.%')))
      AND EXISTS (SELECT 1 FROM subprocessor_link_data_category x JOIN engagement_data_category u
                      ON u.engagement_id = r.engagement_id
                  WHERE x.link_id = k.id
                    AND (u.code = x.code OR u.code LIKE CONCAT(x.code, '.%') OR x.code LIKE CONCAT(u.code, '.%')))
)
SELECT CONCAT('engagement:', j.id) AS subject, 'NO_AGREEMENT' AS rule,
       CAST(NULL AS CHAR(4000) CHARACTER SET utf8mb4) COLLATE utf8mb4_bin AS missing,
       CAST('' AS CHAR(1000) CHARACTER SET utf8mb4) COLLATE utf8mb4_bin AS ord
FROM judged j
WHERE NOT EXISTS (SELECT 1 FROM agreement a WHERE a.processor_id = j.processor_id)

UNION ALL
SELECT CONCAT('engagement:', j.id), 'AGREEMENT_NOT_IN_FORCE', DATE_FORMAT(j.day, '%Y-%m-%d'), ''
FROM judged j
WHERE EXISTS (SELECT 1 FROM agreement a WHERE a.processor_id = j.processor_id)
  AND NOT EXISTS (SELECT 1 FROM covered c WHERE c.processor_id = j.processor_id AND c.day = j.day)

UNION ALL
-- the agreements in force with part of their scope empty, by label (AgreementScope.label)
SELECT CONCAT('engagement:', j.id), 'AGREEMENT_SCOPE_EMPTY',
       CONCAT(x.reference, ' r', x.revision, ' (', LOWER(REPLACE(x.status, '_', ' ')), ')'), ''
FROM judged j
JOIN live l ON l.processor_id = j.processor_id AND l.day = j.day
JOIN agreement x ON x.id = l.agreement_id
WHERE NOT EXISTS (SELECT 1 FROM agreement_purpose y WHERE y.agreement_id = x.id)
   OR NOT EXISTS (SELECT 1 FROM agreement_data_category y WHERE y.agreement_id = x.id)
   OR NOT EXISTS (SELECT 1 FROM agreement_data_subject y WHERE y.agreement_id = x.id)
   OR NOT EXISTS (SELECT 1 FROM agreement_country y WHERE y.agreement_id = x.id)

UNION ALL
SELECT CONCAT('engagement:', u.engagement_id), 'PURPOSE_NOT_COVERED', u.code, u.code
FROM engagement_purpose u
JOIN judged j ON j.id = u.engagement_id
JOIN covered c ON c.processor_id = j.processor_id AND c.day = j.day
WHERE NOT EXISTS (SELECT 1 FROM purpose_grants x WHERE x.processor_id = j.processor_id AND x.day = j.day
                  AND (x.code = u.code OR u.code LIKE CONCAT(x.code, '.%')))

UNION ALL
SELECT CONCAT('engagement:', u.engagement_id), 'DATA_CATEGORY_NOT_COVERED', u.code, u.code
FROM engagement_data_category u
JOIN judged j ON j.id = u.engagement_id
JOIN covered c ON c.processor_id = j.processor_id AND c.day = j.day
WHERE NOT EXISTS (SELECT 1 FROM category_grants x WHERE x.processor_id = j.processor_id AND x.day = j.day
                  AND (x.code = u.code OR u.code LIKE CONCAT(x.code, '.%')))

UNION ALL
-- a special category (Art. 9) that agreements in force cover, none of them allowing special categories
SELECT CONCAT('engagement:', u.engagement_id), 'SPECIAL_CATEGORY_NOT_ALLOWED', u.code, u.code
FROM engagement_data_category u
JOIN judged j ON j.id = u.engagement_id
WHERE EXISTS (SELECT 1 FROM data_category s WHERE s.special AND (s.code = u.code OR u.code LIKE CONCAT(s.code, '.%')))
  AND EXISTS (SELECT 1 FROM category_grants x WHERE x.processor_id = j.processor_id AND x.day = j.day
              AND (x.code = u.code OR u.code LIKE CONCAT(x.code, '.%')))
  AND NOT EXISTS (SELECT 1 FROM category_grants x WHERE x.processor_id = j.processor_id AND x.day = j.day
                  AND x.special_allowed AND (x.code = u.code OR u.code LIKE CONCAT(x.code, '.%')))

UNION ALL
SELECT CONCAT('engagement:', u.engagement_id), 'DATA_SUBJECT_NOT_COVERED', u.code, u.code
FROM engagement_data_subject u
JOIN judged j ON j.id = u.engagement_id
JOIN covered c ON c.processor_id = j.processor_id AND c.day = j.day
WHERE NOT EXISTS (SELECT 1 FROM subject_grants x WHERE x.processor_id = j.processor_id AND x.day = j.day
                  AND (x.code = u.code OR u.code LIKE CONCAT(x.code, '.%')))

UNION ALL
SELECT CONCAT('engagement:', u.engagement_id), 'COUNTRY_NOT_COVERED', u.country, u.country
FROM engagement_country u
JOIN judged j ON j.id = u.engagement_id
JOIN covered c ON c.processor_id = j.processor_id AND c.day = j.day
WHERE NOT EXISTS (SELECT 1 FROM country_grants x WHERE x.processor_id = j.processor_id AND x.day = j.day
                  AND x.country = u.country)

UNION ALL
-- a country of the engagement that agreements in force list, neither free nor safeguarded by one of them
SELECT CONCAT('engagement:', u.engagement_id), 'TRANSFER_WITHOUT_SAFEGUARD', u.country, CONCAT('0', u.country)
FROM engagement_country u
JOIN judged j ON j.id = u.engagement_id
JOIN country_grants x ON x.processor_id = j.processor_id AND x.day = j.day AND x.country = u.country
LEFT JOIN countries t ON t.day = j.day AND t.code = u.country
WHERE NOT x.safeguarded AND NOT COALESCE(t.free, FALSE)

UNION ALL
-- down the chain: a country of a link on the path, neither free, nor safeguarded by the link's own safeguard, nor
-- by one of an agreement in force that lists it; after the engagement's own countries, path by path
SELECT CONCAT('engagement:', r.engagement_id), 'TRANSFER_WITHOUT_SAFEGUARD', CONCAT(r.label, ': ', k.country),
       CONCAT('1', r.ord, '#', k.country)
FROM reach r
JOIN subprocessor_link_country k ON k.link_id = r.link_id
LEFT JOIN subprocessor_link_safeguard s ON s.link_id = r.link_id AND s.country = k.country
LEFT JOIN countries t ON t.day = r.day AND t.code = k.country
LEFT JOIN country_grants x ON x.processor_id = r.processor_id AND x.day = r.day AND x.country = k.country
WHERE NOT COALESCE(t.free, FALSE)
  AND NOT (s.safeguard IS NOT NULL AND (s.safeguard <> 'ADEQUACY_DECISION' OR COALESCE(t.decision, FALSE)))
  AND NOT COALESCE(x.safeguarded, FALSE)

UNION ALL
-- every path, where no agreement in force allows sub-processing
SELECT CONCAT('engagement:', r.engagement_id), 'SUBPROCESSING_NOT_ALLOWED', r.label, r.ord
FROM reach r
JOIN covered c ON c.processor_id = r.processor_id AND c.day = r.day
WHERE NOT c.allowed

UNION ALL
-- allowed, but the last link is not approved or accepted that day, or general where no agreement allows general
SELECT CONCAT('engagement:', r.engagement_id), 'SUBPROCESSOR_NOT_AUTHORISED',
       CONCAT(r.label, ' [', IF(r.status IN ('APPROVED', 'ACCEPTED'), 'GENERAL ≠ SPECIFIC', r.status), ']'), r.ord
FROM reach r
JOIN covered c ON c.processor_id = r.processor_id AND c.day = r.day
WHERE c.allowed
  AND (r.status NOT IN ('APPROVED', 'ACCEPTED') OR (r.authorisation = 'GENERAL' AND NOT c.general))

UNION ALL
-- the last link's purposes, data categories and countries that the agreements in force do not grant, in that order
SELECT CONCAT('engagement:', b.engagement_id), 'SUBPROCESSOR_SCOPE_EXCEEDS_AGREEMENT',
       CONCAT(b.label, ': ', GROUP_CONCAT(b.code ORDER BY b.kind, b.code SEPARATOR ', ')), b.ord
FROM (
    SELECT r.engagement_id, r.label, r.ord, 1 AS kind, k.code COLLATE utf8mb4_bin AS code
    FROM reach r
    JOIN subprocessor_link_purpose k ON k.link_id = r.link_id
    WHERE NOT EXISTS (SELECT 1 FROM purpose_grants x WHERE x.processor_id = r.processor_id AND x.day = r.day
                      AND (x.code = k.code OR k.code LIKE CONCAT(x.code, '.%')))
    UNION ALL
    SELECT r.engagement_id, r.label, r.ord, 2, k.code COLLATE utf8mb4_bin
    FROM reach r
    JOIN subprocessor_link_data_category k ON k.link_id = r.link_id
    WHERE NOT EXISTS (SELECT 1 FROM category_grants x WHERE x.processor_id = r.processor_id AND x.day = r.day
                      AND (x.code = k.code OR k.code LIKE CONCAT(x.code, '.%')))
    UNION ALL
    SELECT r.engagement_id, r.label, r.ord, 3, k.country COLLATE utf8mb4_bin
    FROM reach r
    JOIN subprocessor_link_country k ON k.link_id = r.link_id
    WHERE NOT EXISTS (SELECT 1 FROM country_grants x WHERE x.processor_id = r.processor_id AND x.day = r.day
                      AND x.country = k.country)
) b
GROUP BY b.engagement_id, b.ord, b.label

UNION ALL
SELECT CONCAT('engagement:', r.engagement_id), 'FLOW_DOWN_MISSING', r.label, r.ord
FROM reach r
WHERE NOT r.flow_down

UNION ALL
-- no agreement in force with the confidentiality clause (b), and no confidentiality undertaking valid on the day
SELECT CONCAT('engagement:', j.id), 'CONFIDENTIALITY_NOT_GUARANTEED', DATE_FORMAT(j.day, '%Y-%m-%d'), ''
FROM judged j
JOIN covered c ON c.processor_id = j.processor_id AND c.day = j.day
WHERE NOT c.confidential
  AND NOT EXISTS (SELECT 1 FROM evidence e
                  WHERE e.processor_id = j.processor_id AND e.type = 'CONFIDENTIALITY_UNDERTAKING'
                    AND e.withdrawn_at IS NULL AND e.issued_on <= j.day
                    AND (e.valid_until IS NULL OR e.valid_until >= j.day))

UNION ALL
-- the evidence types the processor's tier counts, none of them valid on the day; with or without agreements
SELECT CONCAT('engagement:', j.id), 'SECURITY_NOT_DEMONSTRATED', s.type, s.ord
FROM judged j
JOIN processor p ON p.id = j.processor_id
JOIN security_policy s ON s.tier = COALESCE(p.risk_tier, 'HIGH')
WHERE NOT EXISTS (SELECT 1 FROM secured x WHERE x.processor_id = j.processor_id AND x.day = j.day)
