package cn.shiguai.roaddesk.cli;

import cn.shiguai.roaddesk.access.Actor;
import cn.shiguai.roaddesk.users.User;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code user passwd NAME}: a new password, read as {@code user add} reads one. */
@Command(mixinStandardHelpOptions = true, name = "passwd", description = {
        "Give a user a new password, asked twice at the console or read from the first line of standard input.",
        "更改用户的密码。"})
final class UserPasswdCommand implements Callable<Integer> {
    @ParentCommand
    private UserCommand user;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "the user")
    private String name;

    @Override
    public Integer call() {
        return UserCommand.change(user, spec, (users, messages, err) -> {
            User found = users.require(name);
            Optional<char[]> password = PasswordInput.read(found.name(), messages, err);
            if (password.isEmpty()) {
                return Optional.empty();
            }
            try {
                users.changePassword(found.name(), password.get(), Actor.system());
            } finally {
                Arrays.fill(password.get(), '\0');
            }
            return Optional.of(messages.format("users.cli.passwordChanged", found.name()));
        });
    }
}
