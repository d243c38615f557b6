package cn.shiguai.roaddesk.common.db;

import java.util.Map;

/**
 * Which store a process works on: the embedded H2 file of its data directory (the default, no
 * setup), or a PostgreSQL server that several seats share (docs/decisions/0019). Resolved in one
 * place, {@link StoreSettings#resolve}, from {@code --db}, the environment and the data
 * directory's {@code roaddesk.properties}; a password never comes from an argument.
 */
public sealed interface StoreChoice {

    /** The data directory: the H2 file, or on a server the seat's own files (settings, inbox, logs). */
    DataDirectory directory();

    /** Resolves with this process's environment. */
    static StoreChoice resolve(String dbOption, DataDirectory directory) {
        return StoreSettings.resolve(dbOption, directory, System.getenv());
    }

    static StoreChoice resolve(String dbOption, DataDirectory directory, Map<String, String> env) {
        return StoreSettings.resolve(dbOption, directory, env);
    }

    /** The embedded H2 database in the data directory. */
    record Embedded(DataDirectory directory) implements StoreChoice {
    }

    /**
     * A PostgreSQL server.
     *
     * @param url   {@code jdbc:postgresql://host:port/database}, without user or password
     * @param seat  the application's role, which may not change or delete what is recorded
     * @param owner the role that owns the schema and runs the migrations; null when not given, and
     *              then the store must already be at this build's version
     */
    record Server(DataDirectory directory, String url, Credentials seat, Credentials owner) implements StoreChoice {

        /** Host, port and database as the settings screen and the messages name it, never a password. */
        public String where() {
            return url.substring("jdbc:postgresql://".length());
        }

        @Override
        public String toString() {
            return "Server[" + url + " as " + seat.user() + (owner == null ? "" : ", owner " + owner.user()) + "]";
        }
    }

    /** A role and its password; the password never appears in a string made of it. */
    record Credentials(String user, String password) {
        @Override
        public String toString() {
            return user;
        }
    }
}
