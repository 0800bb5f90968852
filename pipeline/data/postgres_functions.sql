-- The few SQLite functions the views (views.sql) use, given to PostgreSQL under the same names and with the same
-- results, so that the views are written once. Created on every open of a PostgreSQL database, before the views.

-- group_concat(value [, separator]): the values joined, nulls left out; separator "," when none is given.
CREATE OR REPLACE FUNCTION kehoach_concat(state text, value text, separator text) RETURNS text AS $$
    SELECT CASE WHEN value IS NULL THEN state WHEN state IS NULL THEN value ELSE state || separator || value END
$$ LANGUAGE sql IMMUTABLE;
CREATE OR REPLACE FUNCTION kehoach_concat(state text, value text) RETURNS text AS $$
    SELECT kehoach_concat(state, value, ',')
$$ LANGUAGE sql IMMUTABLE;
CREATE OR REPLACE AGGREGATE group_concat(text, text) (SFUNC = kehoach_concat, STYPE = text);
CREATE OR REPLACE AGGREGATE group_concat(text) (SFUNC = kehoach_concat, STYPE = text);

-- json_each(json text): one row per element of a JSON array, its value as JSON text (SQLite's key and value).
CREATE OR REPLACE FUNCTION json_each(document text) RETURNS TABLE (key integer, value text) AS $$
    SELECT (e.position - 1)::integer, e.element::text
    FROM jsonb_array_elements(document::jsonb) WITH ORDINALITY AS e(element, position)
$$ LANGUAGE sql IMMUTABLE;

-- json_extract(json text, '$.a.b'): the value at that path as text; null when absent or JSON null.
CREATE OR REPLACE FUNCTION json_extract(document text, path text) RETURNS text AS $$
    SELECT (document::jsonb) #>> string_to_array(substr(path, 3), '.')
$$ LANGUAGE sql IMMUTABLE;

-- instr(text, part): where part first begins in text, counted from 1; 0 when it is not there.
CREATE OR REPLACE FUNCTION instr(haystack text, needle text) RETURNS integer AS $$
    SELECT strpos(haystack, needle)
$$ LANGUAGE sql IMMUTABLE;
