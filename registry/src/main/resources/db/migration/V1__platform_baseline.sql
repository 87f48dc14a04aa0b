-- Baseline of the registry schema; later migrations add the registry's tables.
-- unaccent and pg_trgm serve Vietnamese-insensitive matching (duplicate detection, name lookups).
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
