package cn.shiguai.roaddesk.cli;

import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.users.UsersException;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.roster.store.RosterRepository;
import cn.shiguai.roaddesk.users.PasswordHasher;
import cn.shiguai.roaddesk.users.Users;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code user add|list|passwd|disable|unlock}: the desk's users from the command line (issue 14).
 * The commands act as the system user (系统): there is no sign-in on the command line yet.
 */
@Command(mixinStandardHelpOptions = true, name = "user", description = {
        "The desk's users (用户): add, list, passwd, disable, unlock. Users are never deleted.",
        "Passwords are read from the console, or from the first line of standard input; never from an argument.", "",
        "Exit status: 0 done; 2 refused (the message says why); 1 the store failed."},
        subcommands = {UserAddCommand.class, UserListCommand.class, UserPasswdCommand.class, UserDisableCommand.class,
                UserUnlockCommand.class})
final class UserCommand {
    @ParentCommand
    private RoadDeskCommand root;

    RoadDeskCommand root() {
        return root;
    }

    /** One change of one user: the sentence to print, or empty when it was refused (already said on err). */
    @FunctionalInterface
    interface Change {
        java.util.Optional<String> apply(Users users, Messages messages, java.io.PrintWriter err) throws UsersException;
    }

    /**
     * Opens the store for writing, makes the change, prints its sentence; a refusal by the users'
     * rules or the store is said in words with its exit code. The shape of every {@code user}
     * subcommand that changes one user.
     */
    static int change(UserCommand user, picocli.CommandLine.Model.CommandSpec spec, Change change) {
        Messages messages = user.root().messages();
        java.io.PrintWriter err = spec.commandLine().getErr();
        try (Database db = StoreAccess.openForWriting(user.root())) {
            java.util.Optional<String> said = change.apply(users(db), messages, err);
            if (said.isEmpty()) {
                return StoreAccess.EXIT_INVALID;
            }
            spec.commandLine().getOut().println(said.get());
            return StoreAccess.EXIT_OK;
        } catch (UsersException e) {
            err.println(e.message(messages));
            return StoreAccess.EXIT_INVALID;
        } catch (cn.shiguai.roaddesk.common.db.DataAccessException e) {
            return StoreAccess.failed(e, messages, err);
        }
    }

    static Users users(Database db) {
        DutyLog log = new DutyLog(db);
        RosterRepository roster = new RosterRepository(db, log);
        return new Users(db, log, roster::roster, new PasswordHasher());
    }
}
