package cn.shiguai.roaddesk.common.db;

/** Why the store refused or failed; the window and the command line word each differently. */
public enum FailureReason {
    /** Another running RoadDesk holds the database file. */
    LOCKED,
    /** The file cannot be read as a database; it is left untouched and a backup is offered. */
    CORRUPT,
    /** The disk is full: the write was rolled back. */
    DISK_FULL,
    /** The database or its directory can only be read: the write was rolled back. */
    READ_ONLY,
    /** The database was migrated by a newer RoadDesk; this version does not touch it. */
    TOO_NEW,
    /** A rule of the schema refused the change (a duplicate, a missing reference, a value out of range). */
    CONSTRAINT,
    /**
     * The file holds a trigger, alias or aggregate that RoadDesk's migrations did not create:
     * it would run code of someone else's inside RoadDesk, so the file is not opened.
     */
    FOREIGN_CODE,
    OTHER
}
