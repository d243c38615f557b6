package cn.shiguai.roaddesk.common.files;

import java.nio.file.Path;

/** A file the app will not write, and why; {@link #messageKey()} is a text of the {@code cli} bundle. */
public final class OutputRefusedException extends Exception {
    /** Why the path was refused. */
    public enum Problem {
        /** The path is (or leads to) one of the store's own files: writing there would destroy the database. */
        STORE_FILE,
        /** A file is already there, and replacing it was not asked for (--force). */
        EXISTS,
        /** The path names a folder, not a file. */
        DIRECTORY,
        /** The folder the file would go into does not exist. */
        NO_FOLDER
    }

    private final Problem problem;
    private final transient Path path;

    public OutputRefusedException(Problem problem, Path path) {
        super(problem + ": " + path);
        this.problem = problem;
        this.path = path;
    }

    public Problem problem() {
        return problem;
    }

    public Path path() {
        return path;
    }

    public String messageKey() {
        return "output.refused." + problem.name();
    }
}
