package io.eteam.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/// What the demo E-Team deals with: believable blockers of a music and audio streaming
/// company, each with the decision the room takes, the VP or chair who owns it, and what
/// people try to say instead of deciding.
///
/// A template may name `{market}`, `{label}`, `{show}`, `{publisher}`, `{partner}`, `{telco}`,
/// `{carmaker}` or `{artist}`; each use fills them anew, so a recurring kind of trouble (a label feed, a
/// telco bundle) comes back in another market rather than word for word.
final class Catalogue {

    /// A blocker as it will be raised, with its outcome in the room.
    record Story(String raiser, String blocking, String kind, String impact, Integer minutes, String title,
                 String detail, String decision, String owner, String rationale, Integer dueDays) {
    }

    /// A story before its placeholders are filled.
    record Template(String raiser, String blocking, String kind, String impact, Integer minutes, String title,
                    String detail, String decision, String owner, String rationale, Integer dueDays) {

        boolean varies() {
            return PLACEHOLDER.matcher(title).find();
        }

        Story fill(Map<String, String> values) {
            return new Story(raiser, blocking, kind, impact, minutes, put(title, values), put(detail, values),
                    put(decision, values), owner, rationale == null ? null : put(rationale, values), dueDays);
        }
    }

    /// A decision the deferral rule refuses although it decides (an episode is held back until a
    /// court rules), and the reason a chair gives for overruling the check.
    record Overruled(Template template, String overrule) {
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(market|label|show|publisher|partner|telco|carmaker|artist)}");

    /// The catalogue's text, kept in `demo/catalogue.json` beside the code that deals it: the
    /// placeholders' values, the deferrals people try, the withdrawal reasons, the templates and
    /// the one decision a chair overrules the deferral check for.
    private record Text(Map<String, List<String>> fills, List<String> deferrals, List<String> withdrawals,
                        List<Template> templates, Overruled overruled) {
    }

    private static final Text TEXT = load();

    static final Map<String, List<String>> FILLS = TEXT.fills();

    /// What people say when they would rather not decide; each is refused and kept in the history.
    static final List<String> DEFERRALS = TEXT.deferrals();

    /// Why a VP withdraws their own blocker.
    static final List<String> WITHDRAWALS = TEXT.withdrawals();

    static final List<Template> TEMPLATES = TEXT.templates();

    static final Overruled OVERRULED = TEXT.overruled();

    private static Text load() {
        try (var in = Catalogue.class.getResourceAsStream("/demo/catalogue.json")) {
            if (in == null) {
                throw new IllegalStateException("demo/catalogue.json is missing from the jar");
            }
            var text = new ObjectMapper().readValue(in, Text.class);
            return new Text(Map.copyOf(text.fills()), List.copyOf(text.deferrals()), List.copyOf(text.withdrawals()),
                    List.copyOf(text.templates()), java.util.Objects.requireNonNull(text.overruled(), "overruled"));
        } catch (IOException e) {
            throw new UncheckedIOException("demo/catalogue.json cannot be read", e);
        }
    }

    private Catalogue() {
    }

    /// Deals out stories at random: a template whose title has no placeholder at most once, one
    /// with placeholders again after [#COOLDOWN] other stories, and never the same title twice.
    static final class Deck {

        /// How many stories pass before a template comes back (about two weeks of blockers).
        static final int COOLDOWN = 25;

        private final Random random;
        private final Set<String> titles = new HashSet<>();
        private final Map<Template, Integer> lastDealt = new HashMap<>();
        private int dealt;

        Deck(Random random) {
            this.random = random;
        }

        Story next() {
            return next(t -> true);
        }

        /// The next story of a template that `wanted` accepts.
        Story next(java.util.function.Predicate<Template> wanted) {
            for (int cooldown = COOLDOWN; ; cooldown /= 2) {
                var eligible = eligible(cooldown);
                eligible.removeIf(wanted.negate());
                while (!eligible.isEmpty()) {
                    var template = eligible.remove(random.nextInt(eligible.size()));
                    for (int attempt = 0; attempt < 6; attempt++) {
                        var story = template.fill(fills(random));
                        if (titles.add(story.title())) {
                            lastDealt.put(template, dealt++);
                            return story;
                        }
                    }
                }
                if (cooldown == 0) {
                    throw new IllegalStateException("The demo catalogue has run out of stories after " + dealt + ".");
                }
            }
        }

        private List<Template> eligible(int cooldown) {
            var result = new ArrayList<Template>();
            for (var t : TEMPLATES) {
                var last = lastDealt.get(t);
                if (last == null || t.varies() && dealt - last > cooldown) {
                    result.add(t);
                }
            }
            return result;
        }
    }

    /// One value for every placeholder, drawn at random.
    static Map<String, String> fills(Random random) {
        var values = new LinkedHashMap<String, String>();
        for (var name : List.of("market", "label", "show", "publisher", "partner", "telco", "carmaker", "artist")) {
            var options = FILLS.get(name);
            values.put(name, options.get(random.nextInt(options.size())));
        }
        return values;
    }

    private static String put(String text, Map<String, String> values) {
        var m = PLACEHOLDER.matcher(text);
        var out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(values.get(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
