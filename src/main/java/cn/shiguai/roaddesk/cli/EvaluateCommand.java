package cn.shiguai.roaddesk.cli;

import cn.shiguai.roaddesk.common.i18n.Messages;
import cn.shiguai.roaddesk.rules.Evaluation;
import cn.shiguai.roaddesk.rules.EvaluationJson;
import cn.shiguai.roaddesk.rules.EvaluationText;
import cn.shiguai.roaddesk.rules.RuleSet;
import cn.shiguai.roaddesk.rules.RuleSetException;
import cn.shiguai.roaddesk.rules.RuleSetLoader;
import cn.shiguai.roaddesk.rules.RulesEngine;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code evaluate FILE...}: one JSON line per scenario file (docs: evaluate-contract.md). */
@Command(mixinStandardHelpOptions = true, name = "evaluate", sortOptions = false,
        description = {"Evaluate scenario files against the rule set; one JSON line each.",
                "按规则集评估情景文件，每个文件输出一行 JSON。"},
        footer = {"", "Exit status: 0 all evaluated; 2 a file was unreadable or invalid (its line carries \"error\")."})
public final class EvaluateCommand implements Callable<Integer> {
    static final int EXIT_INVALID = 2;

    @ParentCommand
    private RoadDeskCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "scenario files (JSON, UTF-8); - reads standard input")
    private List<String> files;

    @Option(names = "--rule-set", paramLabel = "FILE",
            description = "rule-set file to use instead of the packaged 石府办发〔2019〕2号")
    private Path ruleSetFile;

    @Override
    public Integer call() {
        Messages messages = parent.messages();
        PrintWriter out = spec.commandLine().getOut();
        RuleSet ruleSet;
        try {
            RuleSetLoader loader = new RuleSetLoader();
            ruleSet = ruleSetFile == null ? loader.loadDefault() : loader.load(ruleSetFile);
        } catch (RuleSetException e) {
            spec.commandLine().getErr().println(e.message(messages));
            return EXIT_INVALID;
        }
        RulesEngine engine = new RulesEngine(ruleSet);
        ScenarioReader reader = new ScenarioReader(ruleSet.zone());
        ObjectMapper mapper = new ObjectMapper();
        EvaluationJson json = new EvaluationJson(mapper, new EvaluationText(messages, ruleSet));

        int status = 0;
        for (String file : files) {
            try {
                ScenarioReader.Scenario scenario = reader.read(readAll(file));
                Evaluation evaluation = engine.evaluate(scenario.input());
                List<String> ignored = scenario.ignoredFields().stream()
                        .map(f -> messages.format("scenario.warning.ignored", f)).toList();
                out.println(json.result(file, evaluation, ignored));
            } catch (ScenarioException e) {
                out.println(json.error(file, e.sentence(messages, file)));
                status = EXIT_INVALID;
            } catch (IOException e) {
                out.println(json.error(file, messages.format("scenario.error", file, "-",
                        messages.format("scenario.problem.unreadable", e.getMessage()))));
                status = EXIT_INVALID;
            } catch (InvalidPathException e) {
                out.println(json.error(file, CommandLineSafety.pathProblem(file, messages)));
                status = EXIT_INVALID;
            }
            out.flush();
        }
        return status;
    }

    private static byte[] readAll(String file) throws IOException {
        if ("-".equals(file)) {
            InputStream in = System.in;
            return in.readAllBytes();
        }
        return Files.readAllBytes(Path.of(file));
    }
}
