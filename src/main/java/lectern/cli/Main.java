package lectern.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lectern.FileNames;
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
        System.exit(run(args, utf8(System.out), utf8(System.err)));
    }

    /**
     * UTF-8 whatever the locale: in the C locale Java's own writers would print every "—" of an outline, and every
     * accent of a file name, as "?", and a script reading {@code --json} would get a corrupted document.
     */
    private static PrintWriter utf8(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /** Runs a command for another process, the build server's client, whose error output is or is not a terminal. */
    public static int runFor(boolean terminal, String[] args, PrintWriter out, PrintWriter err) {
        return Terminal.forClient(terminal, () -> run(args, out, err));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(new CommandLine(new Main()), args, out, err);
    }

    /** Runs {@code cli}, Lectern's command line or (in a test) another command, as {@code lectern} runs. */
    static int run(CommandLine cli, String[] args, PrintWriter out, PrintWriter err) {
        Optional<String> garbled = garbled(args);
        if (garbled.isPresent()) {
            err.println("lectern: " + FileNames.cannotSpell("the argument " + garbled.get()) + ", so it reached "
                    + "Lectern garbled; " + FileNames.ADVICE);
            err.flush();
            return ExitCode.USAGE;
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> ExitCode.FAILED);
        cli.setExecutionExceptionHandler(new OneLineErrors());
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("lectern: " + e.getMessage());
            err.println("Try 'lectern " + (e.getCommandLine().getCommandName().equals("lectern") ? "" : e.getCommandLine().getCommandName() + " ") + "--help' for more information.");
            return ExitCode.USAGE;
        });
        try {
            return cli.execute(withDefaultSubcommand(args, cli));
        } catch (OutOfMemoryError | StackOverflowError e) {
            // picocli hands its handler exceptions only; an error of Java's own ends here, still in one line.
            err.println("lectern: " + OneLineErrors.limit(e, false).orElseThrow());
            err.flush();
            return ExitCode.FAILED;
        }
    }

    /**
     * An argument Java could not read in the locale's character set, which it decodes to U+FFFD: a name with
     * accents, given in the C locale, that no file can be found by.
     */
    private static Optional<String> garbled(String[] args) {
        return FileNames.spellable("\uFFFD") ? Optional.empty()
                : List.of(args).stream().filter(arg -> arg.indexOf('\uFFFD') >= 0).findFirst();
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
