-- Views for researchers: common questions answered without joins. Recreated on every open, so a
-- change here reaches existing databases. Agencies are given by their canonical name from the registry (the
-- name as printed when it did not resolve). Years are integers (year = 2025 and year = '2025' both match); no view
-- calls the project's SQL functions (fold …), so any SQLite reads them.
-- Written once for SQLite and PostgreSQL: every column a grouped query shows is grouped or aggregated, a list is
-- aggregated from a subquery in the order it should read, and PostgreSQL is given SQLite's group_concat,
-- json_each and json_extract (pipeline/data/postgres_functions.sql).

-- One row per task, with its document and its agencies.
-- A task's agencies are ordered by `+a.ordinal`, an expression: SQLite then finds them by the (document_id, task_id)
-- index and sorts the few, where `a.ordinal` had it walk every agency of the document in key order for each task.
DROP VIEW IF EXISTS task_list;
CREATE VIEW task_list AS
SELECT
    t.document_id,
    t.task_id,
    d.doc_type,
    d.number AS document_number,
    d.issued_date AS document_date,
    CAST(COALESCE(substr(d.issued_date, 1, 4), substr(d.issued_date_partial, 1, 4)) AS INTEGER) AS document_year,
    d.issuer_name,
    d.title AS document_title,
    t.number AS task_number,
    t.group_path,
    t.content,
    -- where it was read: a task table, or the section of a task written as an item
    t.table_id,
    t.section,
    (SELECT group_concat(x.name, '; ') FROM (SELECT COALESCE(g.canonical_name, a.name) AS name FROM task_agencies a
      LEFT JOIN agencies g ON g.id = a.agency_id
      WHERE a.document_id = t.document_id AND a.task_id = t.task_id AND a.role = 'lead' ORDER BY +a.ordinal) x) AS lead,
    (SELECT group_concat(x.name, '; ') FROM (SELECT COALESCE(g.canonical_name, a.name) AS name FROM task_agencies a
      LEFT JOIN agencies g ON g.id = a.agency_id
      WHERE a.document_id = t.document_id AND a.task_id = t.task_id AND a.role = 'support' ORDER BY +a.ordinal) x) AS support,
    (SELECT group_concat(x.name, '; ') FROM (SELECT a.name FROM task_agencies a
      WHERE a.document_id = t.document_id AND a.task_id = t.task_id AND a.role = 'lead' ORDER BY +a.ordinal) x) AS lead_as_printed,
    t.deadline_text,
    t.deadline_start,
    t.deadline_end,
    t.deadline_recurring,
    -- when the task is under way: from the plan's date of issue (or the deadline's start when the plan has no date,
    -- or when the deadline only says when it starts: "từ năm 2027") to the deadline's end; no end: open_ended
    CASE WHEN t.deadline_end IS NULL AND t.deadline_start > COALESCE(d.issued_date, '') THEN t.deadline_start
         ELSE COALESCE(d.issued_date, t.deadline_start) END AS active_from,
    t.deadline_end AS active_until,
    CASE WHEN t.deadline_end IS NULL THEN 1 ELSE 0 END AS open_ended,
    t.output,
    t.status,
    t.status_text,
    t.result,
    t.uncertain,
    d.source_name
FROM tasks t JOIN documents d ON d.id = t.document_id;

-- One row per task and agency (long form): count or filter on one agency without matching inside a list
-- ("Sở Y tế" would match "Thanh tra Sở Y tế" in task_list.lead).
DROP VIEW IF EXISTS task_agency_list;
CREATE VIEW task_agency_list AS
SELECT
    a.document_id,
    a.task_id,
    d.number AS document_number,
    d.issued_date AS document_date,
    CAST(COALESCE(substr(d.issued_date, 1, 4), substr(d.issued_date_partial, 1, 4)) AS INTEGER) AS document_year,
    t.number AS task_number,
    t.content,
    a.role,
    a.position,
    a.name AS name_as_printed,
    a.name_folded,
    a.remark,
    a.agency_id,
    COALESCE(g.canonical_name, a.name) AS agency,
    COALESCE(g.canonical_folded, a.name_folded) AS agency_folded,
    a.match,
    t.deadline_text,
    t.deadline_start,
    t.deadline_end,
    CAST(substr(t.deadline_end, 1, 4) AS INTEGER) AS deadline_year
FROM task_agencies a
JOIN tasks t ON t.document_id = a.document_id AND t.task_id = a.task_id
JOIN documents d ON d.id = a.document_id
LEFT JOIN agencies g ON g.id = a.agency_id;

-- Tasks per agency (the registry entity; a name that did not resolve counts as printed), role and year of the
-- deadline (or of the plan when the deadline has no date).
DROP VIEW IF EXISTS tasks_per_agency_year;
CREATE VIEW tasks_per_agency_year AS
SELECT
    min(a.agency_id) AS agency_id,
    min(COALESCE(g.canonical_name, a.name)) AS agency,
    a.role,
    CAST(COALESCE(substr(t.deadline_end, 1, 4), substr(d.issued_date, 1, 4), substr(d.issued_date_partial, 1, 4)) AS INTEGER) AS year,
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
-- (seq orders a name's places: tasks, prose duties, addressees, recipients, indicators, issuer, citations, each in document order)
WITH mentions AS (
    SELECT a.document_id, 'task ' || a.task_id || ' (' || a.role || ')' AS place, a.name, a.reason, a.ordinal AS seq
    FROM task_agencies a WHERE a.agency_id IS NULL
    UNION ALL
    SELECT s.document_id, 'assignment ' || s.assignment_id, s.name, s.reason, 1000000 + s.ordinal FROM assignments s
    WHERE s.agency_id IS NULL
    UNION ALL
    SELECT k.document_id, 'addressees', k.name, k.reason, 1500000 + k.ordinal FROM addressees k
    WHERE k.agency_id IS NULL AND k.person = 0
    UNION ALL
    SELECT r.document_id, 'recipients', r.name, r.reason, 2000000 + r.ordinal FROM recipient_agencies r WHERE r.agency_id IS NULL
    UNION ALL
    SELECT i.document_id, 'indicator ' || i.indicator_id, json_extract(j.value, '$.name'), json_extract(j.value, '$.reason'),
           3000000 + i.ordinal
    FROM indicators i, json_each(i.lead) j WHERE json_extract(j.value, '$.agency_id') IS NULL
    UNION ALL
    SELECT d.id, 'issuer', d.issuer_name, NULL, 4000000 FROM documents d
    WHERE d.issuer_agency_id IS NULL AND d.issuer_name IS NOT NULL
    UNION ALL
    SELECT c.document_id, 'citation of ' || coalesce(c.number, c.text), c.issuer, NULL, 5000000 + c.ordinal FROM cited_documents c
    WHERE c.agency_id IS NULL AND c.issuer IS NOT NULL
)
SELECT
    m.name,
    count(*) AS occurrences,
    count(DISTINCT m.document_id) AS documents,
    min(m.reason) AS reason,
    (SELECT group_concat(x.source_name) FROM (SELECT DISTINCT f.source_name FROM mentions y JOIN documents f ON f.id = y.document_id
      WHERE y.name = m.name ORDER BY f.source_name) x) AS files,
    (SELECT group_concat(x.place, '; ') FROM (SELECT y.place FROM mentions y WHERE y.name = m.name GROUP BY y.place
      ORDER BY min(y.seq), y.place LIMIT 5) x) AS first_places
FROM mentions m JOIN documents d ON d.id = m.document_id
GROUP BY m.name
ORDER BY occurrences DESC, m.name;

-- Everything a person should look at, one row per item, with the document's number and title: metadata fields
-- missing, handwritten in a scan or read with low confidence (metadata_fields.status, pipeline/data/review.json),
-- table rows whose cells could not be recovered, scanned task cells no word was read from, deadlines read from a
-- scan's low-confidence words, a report's status cells no known words give, agency names that did not resolve or
-- resolved only by similarity, and corrections that were not applied. field_path is what a correction names. (Deadlines that name no period,
-- "Theo hướng dẫn của Bộ Nội vụ", are read right: the report lists them, the queue does not.)
DROP VIEW IF EXISTS review_queue;
CREATE VIEW review_queue AS
WITH items AS (
    SELECT f.document_id, 'field_' || f.status AS kind, f.field AS item, f.path AS field_path, f.value,
           COALESCE('warnings: ' || f.warnings, CASE f.status WHEN 'low_confidence' THEN 'read by ' || f.source ||
           ' with confidence ' || f.confidence ELSE 'not found in the document' END) AS detail, f.page, f.line, f.bbox
    FROM metadata_fields f WHERE f.status IN ('missing', 'handwritten', 'low_confidence')
    UNION ALL
    SELECT r.document_id, 'row_uncertain', r.table_id || ' row ' || r.row, NULL, r.raw,
           'the row''s cells could not be recovered with confidence', r.page, r.line_start, NULL
    FROM table_rows r WHERE r.uncertain = 1
    UNION ALL
    SELECT t.document_id, 'deadline_unsure', t.task_id, 'tasks[' || t.task_id || '].deadline', t.deadline_text, w.message,
           w.page, w.line, w.bbox
    FROM tasks t JOIN warnings w ON w.document_id = t.document_id AND w.code = 'deadline_unsure'
         AND w.message LIKE t.task_id || ':%'
    UNION ALL
    -- a scanned task cell no word was read from, named by the path its message opens with ("tasks[<id>].lead: …"),
    -- until a correction of that field (by the task's id or its index) is applied
    SELECT u.document_id, 'cell_unreadable', u.task_id, u.field_path, NULL, u.message, u.page, u.line, u.bbox
    FROM (SELECT w.document_id, w.message, w.page, w.line, w.bbox, t.task_id, t.ordinal AS task_ordinal,
                 substr(w.message, 1, instr(w.message, ':') - 1) AS field_path
          FROM warnings w JOIN tasks t ON t.document_id = w.document_id AND w.code = 'cell_unreadable'
               AND substr(w.message, 1, length(t.task_id) + 8) = 'tasks[' || t.task_id || '].') u
    WHERE NOT EXISTS (SELECT 1 FROM corrections c WHERE c.document_id = u.document_id AND c.status = 'applied'
                      AND c.field IN (u.field_path, replace(u.field_path, '[' || u.task_id || ']', '[' || (u.task_ordinal - 1) || ']')))
    UNION ALL
    -- a report's status cell whose words pipeline/data/task_status.csv does not know, or ticks under two statuses
    SELECT t.document_id, 'task_status_unread', t.task_id, 'tasks[' || t.task_id || '].status', t.status_text,
           'no status read from the cell: done, in_progress, not_started, overdue or not_done?', t.page, t.line_start, NULL
    FROM tasks t WHERE t.status IS NULL AND t.status_text IS NOT NULL
    UNION ALL
    -- a joint document's co-signer whose column gives no name (an e-signed copy's image) or no position
    SELECT s.document_id, 'co_signer_incomplete', 'co-signer ' || s.ordinal, NULL, COALESCE(s.name, s.title_as_printed),
           w.message, s.page, s.line, NULL
    FROM signers s JOIN warnings w ON w.document_id = s.document_id AND w.code = 'co_signer_incomplete'
         AND w.message LIKE 'co-signer ' || s.ordinal || ':%'
    UNION ALL
    SELECT a.document_id, 'agency_' || a.match, a.name, min('tasks[' || (t.ordinal - 1) || '].' || a.role), a.name,
           COALESCE(min(a.reason) || '; ', '') || 'in ' || count(*) || ' task(s)' ||
           CASE a.match WHEN 'fuzzy' THEN ': read as ' || max(g.canonical_name) || ' (similarity ' || max(a.score) || ')' ELSE '' END,
           min(t.page), min(t.line_start), NULL
    FROM task_agencies a JOIN tasks t ON t.document_id = a.document_id AND t.task_id = a.task_id
    LEFT JOIN agencies g ON g.id = a.agency_id
    WHERE a.match IN ('unresolved', 'fuzzy') GROUP BY a.document_id, a.name, a.match
    UNION ALL
    SELECT s.document_id, 'agency_' || s.match, s.name, NULL, s.name, COALESCE(min(s.reason) || '; ', '') || 'in a duty given in prose',
           min(s.page), min(s.line_start), NULL
    FROM assignments s WHERE s.match IN ('unresolved', 'fuzzy') GROUP BY s.document_id, s.name, s.match
    UNION ALL
    SELECT k.document_id, 'agency_' || k.match, k.name, NULL, k.name, COALESCE(min(k.reason) || '; ', '') || 'among the addressees',
           min(k.page), min(k.line), NULL
    FROM addressees k WHERE k.match IN ('unresolved', 'fuzzy') GROUP BY k.document_id, k.name, k.match
    UNION ALL
    SELECT r.document_id, 'agency_' || r.match, r.name, NULL, r.name, COALESCE(min(r.reason) || '; ', '') || 'among the recipients',
           NULL, NULL, NULL
    FROM recipient_agencies r WHERE r.match IN ('unresolved', 'fuzzy') GROUP BY r.document_id, r.name, r.match
    UNION ALL
    SELECT c.document_id, 'correction_' || c.status, 'corrections.csv line ' || c.line, c.field, c.value,
           c.detail || COALESCE(' (' || c.file || ')', ''), NULL, NULL, NULL
    FROM corrections c WHERE c.status != 'applied'
)
SELECT i.document_id, d.number AS document_number, d.title AS document_title, d.source_name, i.kind, i.item,
       i.field_path, i.value, i.detail, i.page, i.line, i.bbox
FROM items i LEFT JOIN documents d ON d.id = i.document_id;

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
    (SELECT group_concat(x.name, '; ') FROM (SELECT s.name FROM signers s WHERE s.document_id = d.id AND s.ordinal > 1
      ORDER BY s.ordinal) x) AS co_signers,
    d.issuer_folded,
    d.signer_folded,
    d.format,
    d.source_name,
    (SELECT count(*) FROM sections s WHERE s.document_id = d.id) AS sections,
    (SELECT count(*) FROM tasks t WHERE t.document_id = d.id) AS tasks,
    (SELECT count(*) FROM cited_documents c WHERE c.document_id = d.id) AS cited_documents,
    d.warning_count AS warnings,
    (SELECT group_concat(x.code, ', ') FROM (SELECT w.code FROM warnings w WHERE w.document_id = d.id GROUP BY w.code
      ORDER BY min(w.ordinal)) x) AS warning_codes,
    (SELECT count(*) FROM review_queue q WHERE q.document_id = d.id) AS review_items
FROM documents d;

-- One row per citation, the citing document beside the document of the database it designates (cited_id: null when
-- none; link says why): "which documents cite (implement) Kế hoạch 122/KH-UBND" is WHERE cited_number = '122/KH-UBND',
-- "what does this document cite" WHERE citing_id = ….
DROP VIEW IF EXISTS citation_list;
CREATE VIEW citation_list AS
SELECT
    l.document_id AS citing_id,
    d.doc_type AS citing_type,
    d.number AS citing_number,
    d.issued_date AS citing_date,
    d.issuer_name AS citing_issuer,
    d.title AS citing_title,
    d.source_name AS citing_source_name,
    l.ordinal,
    l.text AS citation,
    l.line,
    l.page,
    l.doc_type AS cited_type,
    l.number AS cited_number,
    l.issued_date AS cited_date,
    l.issuer AS cited_issuer,
    COALESCE(l.match, 'not_in_database') AS link,
    l.cited_id,
    c.title AS cited_title,
    c.source_name AS cited_source_name
FROM document_links l
JOIN documents d ON d.id = l.document_id
LEFT JOIN documents c ON c.id = l.cited_id;
