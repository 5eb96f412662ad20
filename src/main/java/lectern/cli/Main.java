package lectern.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code lectern}: the command line. With no subcommand it builds, so {@code ./lectern} alone writes the decks. */
@Command(name = "lectern", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns essays written in Markdown into PowerPoint workshop decks: "
                + "bold claims on the slides, prose in the speaker notes.",
        subcommands = {BuildCommand.class, OutlineCommand.class, CheckCommand.class, HandoutCommand.class, PreviewCommand.class, ThemesCommand.class, TemplateCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    private static final Set<String> TOP_LEVEL = Set.of("-h", "--help", "-V", "--version");

    public static void main(String[] args) {
        // Text is measured with AWT fonts; a command-line tool must never try to open a display for that.
        System.setProperty("java.awt.headless", "true");
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> ExitCode.FAILED);
        cli.setExecutionExceptionHandler(new OneLineErrors());
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("lectern: " + e.getMessage());
            err.println("Try 'lectern " + (e.getCommandLine().getCommandName().equals("lectern") ? "" : e.getCommandLine().getCommandName() + " ") + "--help' for more information.");
            return ExitCode.USAGE;
        });
        return cli.execute(withDefaultSubcommand(args, cli));
    }

    /** {@code lectern essay.md -o x} means {@code lectern build essay.md -o x}. */
    private static String[] withDefaultSubcommand(String[] args, CommandLine cli) {
        if (args.length > 0 && (cli.getSubcommands().containsKey(args[0]) || TOP_LEVEL.contains(args[0]))) {
            return args;
        }
        List<String> withBuild = new ArrayList<>(List.of("build"));
        withBuild.addAll(List.of(args));
        return withBuild.toArray(String[]::new);
    }
}
