package cn.shiguai.roaddesk.cli;

import cn.shiguai.roaddesk.access.Actor;
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
        return UserCommand.change(user, spec, (users, messages, err) -> {
            boolean unlocked = users.unlock(name, Actor.system());
            return java.util.Optional.of(messages.format(unlocked ? "users.cli.unlocked" : "users.cli.notLocked",
                    name.strip()));
        });
    }
}
