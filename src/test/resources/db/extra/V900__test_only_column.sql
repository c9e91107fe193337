-- Test-only migration: proves that an existing file is backed up before a migration runs.
ALTER TABLE settings ADD COLUMN note TEXT;
