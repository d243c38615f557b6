package cn.shiguai.roaddesk.cli;

import cn.shiguai.roaddesk.common.db.DataAccessException;
import cn.shiguai.roaddesk.common.db.Database;
import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.users.User;
import cn.shiguai.roaddesk.users.UserStateText;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code user list}: name, role, roster person, state, tab-separated; never a hash. */
@Command(mixinStandardHelpOptions = true, name = "list", description = {
        "List every user ever added: name, role, roster person, state (正常, 已停用, 已锁定至 HH:mm), tab-separated.",
        "列出所有用户：用户名、角色、名册人员、状态。"})
final class UserListCommand implements Callable<Integer> {
    @ParentCommand
    private UserCommand user;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Messages messages = user.root().messages();
        PrintWriter out = spec.commandLine().getOut();
        try (Database db = StoreAccess.openForReading(user.root())) {
            List<User> users = UserCommand.users(db).list();
            if (users.isEmpty()) {
                out.println(messages.get("users.cli.none"));
                return StoreAccess.EXIT_OK;
            }
            out.println(messages.get("users.cli.header"));
            for (User u : users) {
                out.println(String.join("\t", u.name(), messages.get(u.role().textKey()),
                        u.person() == null ? "—" : u.person(), UserStateText.of(u, db.now(), messages)));
            }
            out.flush();
            return StoreAccess.EXIT_OK;
        } catch (DataAccessException e) {
            return StoreAccess.failed(e, messages, spec.commandLine().getErr());
        }
    }
}
