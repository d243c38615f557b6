package cn.shiguai.roaddesk.cli;

import cn.shiguai.roaddesk.app.ReferenceData;
import cn.shiguai.roaddesk.common.db.DataAccessException;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.common.text.Printable;
import cn.shiguai.roaddesk.dutylog.DutyLog;
import cn.shiguai.roaddesk.access.Actor;
import cn.shiguai.roaddesk.access.Role;
import cn.shiguai.roaddesk.users.User;
import cn.shiguai.roaddesk.users.Users;
import cn.shiguai.roaddesk.users.UsersException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code user add --role ROLE NAME [--person P]}: a new user; the password from the console or standard input. */
@Command(mixinStandardHelpOptions = true, name = "add", description = {
        "Add a user. The password (at least 10 characters) is asked twice at the console, or read from the first "
                + "line of standard input when that is not a terminal; never from an argument.",
        "新增用户；密码从终端输入两次，或取标准输入的第一行，不能写在参数里。"})
final class UserAddCommand implements Callable<Integer> {
    @ParentCommand
    private UserCommand user;

    @Spec
    private CommandSpec spec;

    @Option(names = "--role", required = true, paramLabel = "ROLE",
            description = "duty-officer (值班员), director (应急办主任), leader (领导小组成员) or admin (管理员)")
    private String role;

    @Option(names = "--person", paramLabel = "ROSTER_NAME", description = "the roster person this user is")
    private String person;

    @Parameters(index = "0", paramLabel = "NAME", description = "the name the user signs in with")
    private String name;

    @Override
    public Integer call() {
        Messages messages = user.root().messages();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Role> chosen = Role.fromCode(role);
        if (chosen.isEmpty()) {
            String allowed = Arrays.stream(Role.values()).map(Role::code).collect(Collectors.joining(", "));
            err.println(messages.format("users.cli.role", Printable.escape(role), allowed));
            return StoreAccess.EXIT_INVALID;
        }
        try (Database db = StoreAccess.openForWriting(user.root())) {
            ReferenceData.load(db, new DutyLog(db)); // the roster a --person is looked up in, as the window seeds it
            Users users = UserCommand.users(db);
            users.checkNew(name, person);
            Optional<char[]> password = PasswordInput.read(name.strip(), messages, err);
            if (password.isEmpty()) {
                return StoreAccess.EXIT_INVALID;
            }
            try {
                User added = users.add(name, chosen.get(), person, password.get(), Actor.system());
                spec.commandLine().getOut().println(messages.format("users.cli.added", added.name(),
                        messages.get(added.role().textKey())));
                return StoreAccess.EXIT_OK;
            } finally {
                Arrays.fill(password.get(), '\0');
            }
        } catch (UsersException e) {
            err.println(e.message(messages));
            return StoreAccess.EXIT_INVALID;
        } catch (DataAccessException e) {
            return StoreAccess.failed(e, messages, err);
        }
    }
}
