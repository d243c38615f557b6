-- Run by Flyway after every migration, as the owner role that ran it (docs/decisions/0019): the
-- rights of the application's role (${appRole}), set afresh so that they are exactly these whatever
-- a migration added. The seats sign in as ${appRole}; they read everything and insert records, and
-- may UPDATE only the three tables whose rows are state rather than record. Nobody signed in as
-- ${appRole} can change or delete a log entry, a reading, a decision, a status or an issued
-- document, with or without the append-only triggers. A migration that adds a table the
-- application must update names it below.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${appRole};
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${appRole};
GRANT USAGE ON SCHEMA public TO ${appRole};
GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA public TO ${appRole};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${appRole};
-- a response's level and end; a monitoring point's name, merge and retirement; the chain's writer row
GRANT UPDATE ON activation, monitoring_location, duty_log_writer TO ${appRole};
-- the schema's history is the owner's to write: a seat only reads which version the store is at
REVOKE INSERT ON ${flyway:table} FROM ${appRole};
