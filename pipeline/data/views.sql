-- Views for researchers: common questions answered without joins. Recreated on every open, so a
-- change here reaches existing databases. Agencies are given by their canonical name from the registry (the
-- name as printed when it did not resolve).

-- One row per task, with its document and its agencies.
DROP VIEW IF EXISTS task_list;
CREATE VIEW task_list AS
SELECT
    t.document_id,
    t.task_id,
    d.doc_type,
    d.number AS document_number,
    d.issued_date AS document_date,
    COALESCE(substr(d.issued_date, 1, 4), substr(d.issued_date_partial, 1, 4)) AS document_year,
    d.issuer_name,
    d.title AS document_title,
    t.number AS task_number,
    t.group_path,
    t.content,
    (SELECT group_concat(COALESCE(g.canonical_name, a.name), '; ') FROM task_agencies a LEFT JOIN agencies g ON g.id = a.agency_id
      WHERE a.document_id = t.document_id AND a.task_id = t.task_id AND a.role = 'lead') AS lead,
    (SELECT group_concat(COALESCE(g.canonical_name, a.name), '; ') FROM task_agencies a LEFT JOIN agencies g ON g.id = a.agency_id
      WHERE a.document_id = t.document_id AND a.task_id = t.task_id AND a.role = 'support') AS support,
    (SELECT group_concat(a.name, '; ') FROM task_agencies a
      WHERE a.document_id = t.document_id AND a.task_id = t.task_id AND a.role = 'lead') AS lead_as_printed,
    t.deadline_text,
    t.deadline_start,
    t.deadline_end,
    t.deadline_recurring,
    t.output,
    t.uncertain,
    d.source_name
FROM tasks t JOIN documents d ON d.id = t.document_id;

-- Tasks per agency (the registry entity; a name that did not resolve counts as printed), role and year of the
-- deadline (or of the plan when the deadline has no date).
DROP VIEW IF EXISTS tasks_per_agency_year;
CREATE VIEW tasks_per_agency_year AS
SELECT
    a.agency_id,
    COALESCE(g.canonical_name, a.name) AS agency,
    a.role,
    COALESCE(substr(t.deadline_end, 1, 4), substr(d.issued_date, 1, 4), substr(d.issued_date_partial, 1, 4)) AS year,
    count(*) AS tasks,
    count(DISTINCT a.document_id) AS documents
FROM task_agencies a
JOIN tasks t ON t.document_id = a.document_id AND t.task_id = a.task_id
JOIN documents d ON d.id = a.document_id
LEFT JOIN agencies g ON g.id = a.agency_id
GROUP BY COALESCE(a.agency_id, a.name), a.role, year;

-- Each agency with the body that carries on its work today, following successions (2025 mergers) to the end.
DROP VIEW IF EXISTS agency_current;
CREATE VIEW agency_current AS
WITH RECURSIVE chain(agency_id, current_id, steps) AS (
    SELECT id, id, 0 FROM agencies
    UNION ALL
    SELECT c.agency_id, s.successor_id, c.steps + 1
    FROM chain c JOIN agency_successions s ON s.predecessor_id = c.current_id
    WHERE s.successor_id IS NOT NULL AND c.steps < 10
)
SELECT c.agency_id, a.canonical_name, c.current_id, cur.canonical_name AS current_name, c.steps
FROM chain c
JOIN agencies a ON a.id = c.agency_id
JOIN agencies cur ON cur.id = c.current_id
WHERE c.steps = (SELECT max(steps) FROM chain x WHERE x.agency_id = c.agency_id);

-- Names that did not resolve, with how often and where they occur: what a clerk adds to the registry.
DROP VIEW IF EXISTS unresolved_agencies;
CREATE VIEW unresolved_agencies AS
WITH mentions AS (
    SELECT a.document_id, 'task ' || a.task_id || ' (' || a.role || ')' AS place, a.name, a.reason FROM task_agencies a
    WHERE a.agency_id IS NULL
    UNION ALL
    SELECT s.document_id, 'assignment ' || s.assignment_id, s.name, s.reason FROM assignments s WHERE s.agency_id IS NULL
    UNION ALL
    SELECT r.document_id, 'recipients', r.name, r.reason FROM recipient_agencies r WHERE r.agency_id IS NULL
    UNION ALL
    SELECT i.document_id, 'indicator ' || i.indicator_id, json_extract(j.value, '$.name'), json_extract(j.value, '$.reason')
    FROM indicators i, json_each(i.lead) j WHERE json_extract(j.value, '$.agency_id') IS NULL
    UNION ALL
    SELECT d.id, 'issuer', d.issuer_name, NULL FROM documents d WHERE d.issuer_agency_id IS NULL AND d.issuer_name IS NOT NULL
    UNION ALL
    SELECT c.document_id, 'citation of ' || c.number, c.issuer, NULL FROM cited_documents c
    WHERE c.agency_id IS NULL AND c.issuer IS NOT NULL
)
SELECT
    m.name,
    count(*) AS occurrences,
    count(DISTINCT m.document_id) AS documents,
    min(m.reason) AS reason,
    group_concat(DISTINCT d.source_name) AS files,
    (SELECT group_concat(x.place, '; ') FROM (SELECT DISTINCT place FROM mentions y WHERE y.name = m.name LIMIT 5) x) AS first_places
FROM mentions m JOIN documents d ON d.id = m.document_id
GROUP BY m.name
ORDER BY occurrences DESC, m.name;

-- One row per document with what was found in it and how many warnings it raised.
DROP VIEW IF EXISTS document_list;
CREATE VIEW document_list AS
SELECT
    d.id,
    d.doc_type,
    d.number,
    d.issued_date,
    d.place,
    d.issuer_name,
    d.title,
    d.signer_name,
    d.format,
    d.source_name,
    (SELECT count(*) FROM sections s WHERE s.document_id = d.id) AS sections,
    (SELECT count(*) FROM tasks t WHERE t.document_id = d.id) AS tasks,
    (SELECT count(*) FROM cited_documents c WHERE c.document_id = d.id) AS cited_documents,
    d.warning_count AS warnings,
    (SELECT group_concat(code, ', ') FROM (SELECT DISTINCT w.code FROM warnings w WHERE w.document_id = d.id)) AS warning_codes
FROM documents d;
