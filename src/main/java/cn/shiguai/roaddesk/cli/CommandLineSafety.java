package cn.shiguai.roaddesk.cli;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.common.text.Printable;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * What every command gets around it, so that no command line ends in a stack trace or stores
 * a mangled argument: arguments still holding U+FFFD (a command line that was not UTF-8 and
 * could not be read again, see {@link Arguments}) are refused before anything runs; a path the
 * platform cannot represent is refused in a sentence; and anything a command did not expect is
 * reported in a sentence too (exit 1), never as a trace.
 */
public final class CommandLineSafety {
    private static final char REPLACEMENT = '\uFFFD';

    private CommandLineSafety() {
    }

    public static CommandLine installed(CommandLine cli) {
        IParameterExceptionHandler usual = cli.getParameterExceptionHandler();
        cli.registerConverter(Path.class, CommandLineSafety::path);
        cli.setParameterExceptionHandler((ex, args) -> ex.getCause() instanceof UnusablePath unusable
                ? unusablePath(unusable.text, ex.getCommandLine(), language(args)) : usual.handleParseException(ex, args));
        cli.setExecutionStrategy(CommandLineSafety::run);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> failed(ex, commandLine, parseResult));
        return cli;
    }

    private static int run(ParseResult parsed) {
        CommandLine root = parsed.commandSpec().root().commandLine();
        for (String arg : parsed.originalArgs()) {
            if (arg.indexOf(REPLACEMENT) >= 0) {
                PrintWriter err = root.getErr();
                err.println(messages(root).get("cli.args.notUtf8"));
                err.flush();
                return StoreAccess.EXIT_INVALID;
            }
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    private static int failed(Exception ex, CommandLine commandLine, ParseResult parsed) {
        CommandLine root = commandLine.getCommandSpec().root().commandLine();
        if (ex instanceof InvalidPathException invalid) {
            return unusablePath(invalid.getInput(), root, messages(root));
        }
        PrintWriter err = root.getErr();
        String detail = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage().lines().findFirst()
                .orElse("");
        err.println(messages(root).format("cli.failed", detail));
        err.flush();
        return StoreAccess.EXIT_STORE_FAILED;
    }

    private static int unusablePath(String text, CommandLine commandLine, Messages messages) {
        PrintWriter err = commandLine.getCommandSpec().root().commandLine().getErr();
        err.println(pathProblem(text, messages));
        err.flush();
        return StoreAccess.EXIT_INVALID;
    }

    /** Why the platform cannot use a path: a NUL character, or characters its encoding cannot represent. */
    static String pathProblem(String text, Messages messages) {
        return text.indexOf('\0') >= 0 ? messages.format("cli.path.nul", Printable.escape(text))
                : messages.format("cli.path.unusable", Printable.escape(text), System.getProperty("sun.jnu.encoding", "?"));
    }

    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new UnusablePath(text);
        }
    }

    private static Messages messages(CommandLine root) {
        return root.getCommand() instanceof RoadDeskCommand command ? command.messages() : Messages.chinese();
    }

    /** The language asked for, read from the raw arguments: a parse error may come before --lang is parsed. */
    private static Messages language(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return Messages.forLanguageTag(args[i + 1]);
            }
            if (args[i].startsWith("--lang=")) {
                return Messages.forLanguageTag(args[i].substring("--lang=".length()));
            }
        }
        return Messages.chinese();
    }

    /** A path argument the platform cannot represent (a Chinese name without a UTF-8 locale). */
    private static final class UnusablePath extends CommandLine.TypeConversionException {
        private final String text;

        UnusablePath(String text) {
            super("unusable path: " + text);
            this.text = text;
        }
    }
}
