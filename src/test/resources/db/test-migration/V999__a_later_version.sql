-- A stand-in for a later schema version, to test what happens before a migration runs.
CREATE TABLE later_version_marker (id INT PRIMARY KEY);
