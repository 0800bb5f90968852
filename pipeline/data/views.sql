-- Views for researchers: common questions answered without joins. Recreated on every open, so a
-- change here reaches existing databases. Agency names are as printed, one per row of task_agencies.

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
    (SELECT group_concat(a.name, '; ') FROM task_agencies a
      WHERE a.document_id = t.document_id AND a.task_id = t.task_id AND a.role = 'lead') AS lead,
    (SELECT group_concat(a.name, '; ') FROM task_agencies a
      WHERE a.document_id = t.document_id AND a.task_id = t.task_id AND a.role = 'support') AS support,
    t.deadline_text,
    t.deadline_start,
    t.deadline_end,
    t.deadline_recurring,
    t.output,
    t.uncertain,
    d.source_name
FROM tasks t JOIN documents d ON d.id = t.document_id;

-- Tasks per agency, role and year of the deadline (or of the plan when the deadline has no date).
DROP VIEW IF EXISTS tasks_per_agency_year;
CREATE VIEW tasks_per_agency_year AS
SELECT
    a.name AS agency,
    a.role,
    COALESCE(substr(t.deadline_end, 1, 4), substr(d.issued_date, 1, 4), substr(d.issued_date_partial, 1, 4)) AS year,
    count(*) AS tasks,
    count(DISTINCT a.document_id) AS documents
FROM task_agencies a
JOIN tasks t ON t.document_id = a.document_id AND t.task_id = a.task_id
JOIN documents d ON d.id = a.document_id
GROUP BY a.name, a.role, year;

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
