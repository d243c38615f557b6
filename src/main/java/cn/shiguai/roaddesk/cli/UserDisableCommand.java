package cn.shiguai.roaddesk.cli;

import cn.shiguai.roaddesk.access.Actor;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code user disable NAME}: for good; the user stays listed and their name is not reused. */
@Command(mixinStandardHelpOptions = true, name = "disable", description = {
        "Disable a user for good: they can no longer sign in, and stay listed. The last administrator is refused.",
        "停用用户；停用的用户仍列出，用户名不再使用。"})
final class UserDisableCommand implements Callable<Integer> {
    @ParentCommand
    private UserCommand user;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "the user")
    private String name;

    @Override
    public Integer call() {
        return UserCommand.change(user, spec, (users, messages, err) -> {
            users.disable(name, Actor.system());
            return java.util.Optional.of(messages.format("users.cli.disabled", name.strip()));
        });
    }
}
