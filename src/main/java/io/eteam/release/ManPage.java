package io.eteam.release;

import io.eteam.cli.Exit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/// One command's man page in troff with the `man` macros, from the picocli model that prints its
/// `--help`: name, synopsis, description, arguments, options, subcommands, notes, exit status.
///
/// picocli-codegen's `ManPageGenerator` writes AsciiDoc, which becomes a man page only through
/// Asciidoctor (Ruby, or JRuby in the build: seconds per build and tens of megabytes); the man
/// macros this needs are few, and `man -l` reads the result as it is (`ReleaseArchiveIT`).
final class ManPage {

    /// Where a sentence ends: a full stop before a capital ("e.g. http..." goes on).
    private static final Pattern SENTENCE_END = Pattern.compile("\\.\\s+(?=\\p{Lu})");

    private ManPage() {
    }

    /// The page's name: the command's words joined by hyphens, e.g. `eteam-meeting-start`.
    static String name(CommandSpec spec) {
        return spec.qualifiedName("-");
    }

    /// The page of `spec`, headed with `version` (e.g. "eteam 0.1.0") and `date` (YYYY-MM-DD).
    static String of(CommandSpec spec, String version, String date) {
        var page = new StringBuilder();
        var name = name(spec);
        page.append(".TH ").append(quoted(name.toUpperCase(Locale.ROOT))).append(" 1 ").append(quoted(date)).append(' ')
                .append(quoted(version)).append(' ').append(quoted("eteam manual")).append('\n');
        // Ragged right and no hyphens: option names and page names must read as they are typed.
        page.append(".ad l\n.nh\n");
        page.append(".SH NAME\n").append(escape(name)).append(" \\- ").append(escape(summary(spec))).append('\n');

        page.append(".SH SYNOPSIS\n.nf\n");
        var synopsis = new Help(spec, Help.defaultColorScheme(Help.Ansi.OFF)).synopsis(0).stripTrailing();
        synopsis.lines().forEach(line -> page.append(escape(line)).append('\n'));
        page.append(".fi\n");

        var description = spec.usageMessage().description();
        if (description.length > 0) {
            page.append(".SH DESCRIPTION\n");
            paragraphs(page, description);
        }
        var positionals = spec.positionalParameters().stream().filter(p -> !p.hidden()).toList();
        if (!positionals.isEmpty()) {
            page.append(".SH ARGUMENTS\n");
            for (PositionalParamSpec p : positionals) {
                page.append(".TP\n\\fI").append(escape(p.paramLabel())).append("\\fR\n");
                paragraphs(page, p.description());
            }
        }
        var options = spec.options().stream().filter(o -> !o.hidden()).toList();
        if (!options.isEmpty()) {
            page.append(".SH OPTIONS\n");
            for (OptionSpec o : options) {
                page.append(".TP\n").append(optionHeading(o)).append('\n');
                paragraphs(page, o.description());
            }
        }
        var subcommands = visibleSubcommands(spec);
        if (!subcommands.isEmpty()) {
            page.append(".SH COMMANDS\n");
            for (var sub : subcommands) {
                page.append(".TP\n\\fB").append(escape(sub.name())).append("\\fR\n")
                        .append(escape(summary(sub))).append(" See \\fB").append(escape(name(sub))).append("\\fR(1).\n");
            }
        }
        // The root's footer is the list of exit codes, which every page gets in full below.
        var footer = spec.parent() == null ? new String[0] : spec.usageMessage().footer();
        if (Arrays.stream(footer).anyMatch(line -> !line.isBlank())) {
            page.append(".SH NOTES\n");
            paragraphs(page, footer);
        }
        page.append(".SH \"EXIT STATUS\"\n");
        exit(page, Exit.OK, "done");
        exit(page, Exit.REFUSED, "refused by a rule, or invalid input");
        exit(page, Exit.USAGE, "bad usage: the command line could not be read");
        exit(page, Exit.DENIED, "not signed in, or not allowed");
        exit(page, Exit.UNAVAILABLE, "the server is unreachable or failing");

        var seeAlso = new ArrayList<String>();
        if (spec.parent() != null) {
            seeAlso.add(name(spec.parent()));
        }
        subcommands.forEach(sub -> seeAlso.add(name(sub)));
        if (!seeAlso.isEmpty()) {
            page.append(".SH \"SEE ALSO\"\n");
            var refs = new ArrayList<String>();
            seeAlso.forEach(ref -> refs.add("\\fB" + escape(ref) + "\\fR(1)"));
            page.append(String.join(",\n", refs)).append('\n');
        }
        return page.toString();
    }

    /// The commands below `spec` a user may type, in the order `--help` lists them.
    static List<CommandSpec> visibleSubcommands(CommandSpec spec) {
        var subs = new ArrayList<CommandSpec>();
        for (var entry : spec.subcommands().entrySet()) {
            var sub = entry.getValue().getCommandSpec();
            // An alias is a second key for the same command: its page is written once.
            if (entry.getKey().equals(sub.name()) && !sub.usageMessage().hidden()) {
                subs.add(sub);
            }
        }
        return subs;
    }

    /// The first sentence of the description, for the NAME line and the list of commands.
    private static String summary(CommandSpec spec) {
        var description = spec.usageMessage().description();
        if (description.length == 0) {
            return "";
        }
        var first = description[0].strip();
        var sentence = SENTENCE_END.matcher(first);
        return sentence.find() ? first.substring(0, sentence.start() + 1) : first;
    }

    private static String optionHeading(OptionSpec o) {
        var names = new ArrayList<String>();
        for (var n : o.names()) {
            names.add("\\fB" + escape(n) + "\\fR");
        }
        var heading = String.join(", ", names);
        if (o.arity().max() > 0) {
            heading += "=\\fI" + escape(o.paramLabel()) + "\\fR";
        }
        return heading;
    }

    private static void exit(StringBuilder page, int code, String meaning) {
        page.append(".TP\n\\fB").append(code).append("\\fR\n").append(escape(meaning)).append('\n');
    }

    /// Each line its own paragraph; an empty line is the break picocli's help shows as one.
    private static void paragraphs(StringBuilder page, String[] lines) {
        boolean first = true;
        for (var line : lines) {
            if (line.isBlank()) {
                continue;
            }
            if (!first) {
                page.append(".PP\n");
            }
            page.append(escape(line.strip())).append('\n');
            first = false;
        }
    }

    private static String quoted(String text) {
        return "\"" + escape(text).replace("\"", "\\(dq") + "\"";
    }

    /// Text as troff prints it: a backslash as itself, a hyphen as a minus (options must be
    /// typed with the ASCII one), a list without spaces ("a,b,c") breakable after its commas, and
    /// a line that begins with a dot or quote not read as a request.
    static String escape(String text) {
        var escaped = text.replace("\\", "\\e").replace("-", "\\-").replaceAll(",(?=\\S)", ",\\\\:");
        return escaped.startsWith(".") || escaped.startsWith("'") ? "\\&" + escaped : escaped;
    }
}
