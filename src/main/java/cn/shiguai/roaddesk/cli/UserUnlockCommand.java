package cn.shiguai.roaddesk.cli;

import cn.shiguai.roaddesk.common.db.DataAccessException;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.users.Actor;
import cn.shiguai.roaddesk.users.UsersException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code user unlock NAME}: ends a lock after wrong passwords and clears the count. */
@Command(mixinStandardHelpOptions = true, name = "unlock", description = {
        "End a user's lock after wrong passwords and clear the count of wrong passwords.",
        "为用户解锁，并清除密码错误次数。"})
final class UserUnlockCommand implements Callable<Integer> {
    @ParentCommand
    private UserCommand user;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "the user")
    private String name;

    @Override
    public Integer call() {
        Messages messages = user.root().messages();
        PrintWriter err = spec.commandLine().getErr();
        try (Database db = StoreAccess.openForWriting(user.root())) {
            boolean unlocked = UserCommand.users(db).unlock(name, Actor.system());
            spec.commandLine().getOut().println(messages.format(unlocked ? "users.cli.unlocked" : "users.cli.notLocked",
                    name.strip()));
            return StoreAccess.EXIT_OK;
        } catch (UsersException e) {
            err.println(e.message(messages));
            return StoreAccess.EXIT_INVALID;
        } catch (DataAccessException e) {
            return StoreAccess.failed(e, messages, err);
        }
    }
}
