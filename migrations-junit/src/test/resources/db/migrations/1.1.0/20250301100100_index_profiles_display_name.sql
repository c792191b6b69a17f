-- atlas:txmode none

-- CREATE INDEX CONCURRENTLY cannot run inside a transaction, hence the directive above: this file runs
-- statement by statement without one, so the index is built without blocking writes to profiles.
-- If the build fails, PostgreSQL leaves an INVALID index behind: drop it (DROP INDEX CONCURRENTLY
-- profiles_display_name_idx) before the next run resumes this file.
CREATE INDEX CONCURRENTLY profiles_display_name_idx ON profiles (lower(display_name));
