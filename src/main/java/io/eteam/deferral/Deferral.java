package io.eteam.deferral;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Tells a decision from a deferral: the E-Team's first rule is that nothing is "taken offline",
/// so a resolution's `decision` (and a withdrawal's `reason`) that only postpones the decision is
/// refused, quoting the words the person wrote.
///
/// How text is read: case does not matter; curly quotes become straight ones; hyphens (‐ ‑) become
/// `-` and dashes (– —) become ` - `, a clause break; any run of spaces is one space. A phrase is
/// quoted from the original text, so the person sees exactly what they typed.
///
/// The families of deferral are listed once, in [#FAMILIES]. Words that defer in one sentence
/// decide in another, so a match is excused — not a deferral — when:
///
/// - **Negated.** Walking back from the phrase within its clause (a clause ends at `. , ; : ! ?`,
///   brackets, quotes or a dash), past at most four filler words ("to", "need", "want", "going",
///   "we", "this", "the", ...), the next word is a negator: "not", "no", "never", "don't",
///   "won't", "can't", "without", "instead (of)", "rather (than)", "avoid", "stop", ... So
///   "No need to take this offline: Legal approves today" and "We will not park this" are
///   decisions, but "No data yet, so take it offline" is not. A leading verb reaches the phrase
///   over at most three words and never over "so", "and", "then", "to" or a new subject, so in
///   "We can't decide so take it offline" the "can't" negates "decide", not "take it offline".
///   Said afterwards, "is not needed", "isn't necessary" or "nothing" negates too ("A separate
///   meeting is not needed: ship Monday", "Ship it now, revisit nothing").
/// - **A product word.** "offline" names a feature when the next word is a product noun
///   ("offline mode/downloads/sync/playback/support/maps/stores/...") or a hyphen compound
///   ("offline-first"), when the word just before is a product verb ("available offline",
///   "works offline", "servers go offline" — but "let's go offline" defers), or when it is the
///   subject of a sentence ("Offline is out of scope"). An offline talk noun ("an offline
///   discussion/chat/call") always defers.
/// - **A noun, not the verb.** "park", "table" and "punt" defer only as verbs: "the pricing
///   table", "Table stakes", "Park Avenue" and "take a punt" do not; "table it", "park this for
///   now" and "let's table." do.
/// - **Something else is moved, not the decision.** Postponing verbs defer when what they move is
///   the decision ("postpone it", "push the decision to next week", "deferred.", "defer until
///   Q3"), not when they move or pause a product ("postpone the launch to May 3", "the launch is
///   postponed", "put the launch on hold", "defer to Legal's call", "deferred revenue") — a
///   decision with a date is a decision. Likewise a time word defers only when it schedules the
///   deciding ("decide next week", "discussion by Friday", "revisit in Q3") or stands (nearly)
///   alone ("Later.", "next week!", "Not now, later"); "Move the launch to next week's release
///   train" and "We decided to ship next week" schedule the product.
/// - **Announcing, not deciding.** Slack and e-mail defer when the deciding moves there ("take it
///   to Slack", "continue the discussion over email"), not when a made decision is posted,
///   shared, announced or sent there ("Post the decision in Slack"), and not when they name a
///   product ("Slack integration", "Email campaign").
/// - **A ratio, not a meeting.** "1:1", "1-1" and "one-on-one" defer when they name a meeting —
///   after a preposition, determiner or deciding verb ("in a 1:1", "discuss 1:1") or before
///   "with"/"between" — not in "match donations 1:1" or "a 1:1 ratio".
final class Deferral {

    /// A deferral found in a text: the words as the person wrote them, and the family they belong to.
    record Found(String phrase, String family) {
    }

    private Deferral() {
    }

    /// The first deferral in `text`, or empty when the text is a real decision. Blank text finds
    /// nothing: refusing it is [#isBlank]'s job.
    static Optional<Found> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var reading = Reading.of(text);
        Found first = null;
        int firstAt = Integer.MAX_VALUE;
        for (var family : FAMILIES) {
            var matcher = family.pattern().matcher(reading.text());
            while (matcher.find()) {
                if (family.excuse().applies(reading, matcher)) {
                    continue;
                }
                int at = matcher.start("phrase");
                if (at < firstAt) {
                    firstAt = at;
                    first = new Found(reading.written(at, matcher.end("phrase")), family.name());
                }
                break;
            }
        }
        return Optional.ofNullable(first);
    }

    /// True when there is nothing to read: null, empty, or only spaces, punctuation and symbols.
    static boolean isBlank(String text) {
        return text == null || text.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /// Why the words found put the decision off, as the refusal says it.
    static String why(Found found) {
        return FAMILIES.stream()
                .filter(family -> family.name().equals(found.family()))
                .map(Family::why)
                .findFirst()
                .orElse("it puts the decision off instead of making it");
    }

    // ---- shared pieces of the patterns (the text is already lower case, one space between words)

    /// A hyphen, a dash or a space, or nothing: "off-line", "off line", "offline", "off – line".
    private static final String HY = "(?: ?- ?| )?";

    /// The end of a clause, not consumed.
    private static final String END = "(?= ?(?:[.;:!?,)\\n\"]|- |$))";

    /// Nouns for the decision itself: "postpone the pricing *decision*".
    private static final String DECISION_WORDS = "decision topic question issue item discussion matter blocker call"
            + " conversation debate proposal point rest details one";

    /// What is put off when it is the decision itself: "it", "this", "the (pricing) decision".
    private static final String OBJ = "(?:(?:the|this|that|our) (?:[\\w']+ )?(?:" + DECISION_WORDS.replace(' ', '|') + ")"
            + "|it|this|that|these|those|them)";

    /// When the deciding is supposed to happen instead of now. "next week's" is a product date.
    private static final String TIME = "(?:later(?: on| date| this (?:week|month|year)| today)?|tomorrow|soon|eventually"
            + "|some ?day|another (?:day|time|week|meeting)|some (?:other )?time"
            + "|next week's (?:meeting|e-?team|session|sync|call)"
            + "|next (?:week|time|meeting|month|quarter|sprint|year|e-?team|monday|tuesday|wednesday|thursday|friday)"
            + "|(?:in|after) (?:a|one|two|2|a few|a couple of) (?:days?|weeks?|months?)"
            + "|after (?:the|this|our|a) [\\w']+|down the road|at some point|in q[1-4]"
            + "|by (?:monday|tuesday|wednesday|thursday|friday|eod|eow|end of (?:the )?(?:day|week|month)))\\b(?!'s)";

    /// A time or a date something is pushed to.
    private static final String WHEN = "(?:" + TIME + "|q[1-4]\\b"
            + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?: \\d{1,2})?\\b|\\d{1,2}(?: [a-z]+)?\\b(?!:))";

    /// What may follow a postponing verb when the decision is what is postponed.
    private static final String TAIL = "(?: " + OBJ + "\\b"
            + "|(?= (?:until|till|til|for now|for (?:a|another|one|two|the time being)|indefinitely|pending|again"
            + "|further|once|while|after|to (?:the |a )?" + WHEN + ")\\b)"
            + "|" + END + ")";

    /// Verbs that lead into a deferral: "take this offline", "discuss 1:1", "sort it out in Slack".
    private static final String LEAD = "take takes taking took taken move moves moving moved discuss discusses discussed"
            + " discussing talk talks talked talking chat chats chatted chatting handle handles handled handling sort sorts"
            + " sorted sorting continue continues continued continuing resolve resolves resolved resolving decide decides"
            + " decided deciding settle settles settled settling hash hashes hashed hashing work works worked working"
            + " figure figures figured figuring pick picks picked picking align aligns aligned aligning sync syncs synced"
            + " syncing follow follows followed following deal deals dealt dealing address addresses addressed addressing"
            + " finish finishes finished finishing go goes going went do doing done";

    private static final String LEADS = "\\b(?:" + LEAD.replace(' ', '|') + ")\\b";

    /// Up to three words between a leading verb and where it leads ("take *this* offline"), but not
    /// the start of another clause ("can't decide *so take it* offline").
    private static final String BETWEEN = "(?: (?!(?:so|and|or|but|then|because|if|we|let's|lets|i|you|they|to)\\b)"
            + "[\\w'#@/-]+){0,3}?";

    /// Where a talk can move to: "in Slack", "over email", "via DM", "in a thread".
    private static final String CHANNEL = "(?:in|on|over|via|by|to|through|into|using) (?:the |a |an )?"
            + "(?:slack|e-?mails?|mail|chat|dms?|direct messages?|threads?)\\b"
            + "(?! (?:campaigns?|integrations?|apps?|bots?|templates?|marketing|newsletters?|support|sign-?ups?"
            + "|address(?:es)?|lists?|digests?|notifications?|ads?|plugins?)\\b)";

    /// The whole text is a time and little else: "Later.", "next week!", "Not now, later".
    private static String alone(String times) {
        var before = "(?:let's|lets|let us|we'll|we will|we can|we should|i'll|will|maybe|probably|perhaps|possibly"
                + "|ok|okay|sure|so|then|well|hmm|see|ask|not now|not today|not yet|not this week|for now|decide|discuss"
                + "|talk|do|until|till|til|again|back|to|moving on|wait|pick it up|come back|get back|circle back"
                + "|sometime|some time|it|this|that|revisit|push|move|regroup|decision|answer)";
        var after = "(?:then|maybe|probably|perhaps|for now|ok|okay|again|please|i guess|i think|hopefully|or so|ish"
                + "|sure|sorry|thanks|at the earliest|on)";
        return "^\\W*(?:" + before + "\\W+)*(?<phrase>" + times + ")\\b(?:\\W+" + after + ")*\\W*$";
    }

    // ---- the families

    /// Every way of putting a decision off, each with the reason shown to the person. When two
    /// families match, the one found first in the text is reported.
    private static final List<Family> FAMILIES = List.of(
            // Deciding "offline" decides without the people in the room who own the outcome.
            family("offline", "everyone you need is in the room",
                    excused(Deferral::negated, Deferral::productOffline),
                    "(?:" + LEADS + BETWEEN + " )?(?<word>\\boff" + HY + "line\\b)"),
            // Circling back is a promise to decide later, and the blocker stays open until then.
            family("circle-back", "the people who can decide are here now",
                    excused(Deferral::negated),
                    "\\b(?:circl(?:e|es|ed|ing)|loop(?:s|ed|ing)?)" + HY + "back\\b",
                    "\\btouch(?:es|ed|ing)? base\\b"),
            // Following up later or separately moves the deciding out of the meeting.
            family("follow-up", "following up later leaves the team blocked until then",
                    excused(Deferral::negated),
                    "\\bfollow(?:s|ed|ing)?" + HY + "up\\b(?: [\\w']+){0,4}? (?:separately|later(?: on)?"
                            + "|afterwards?|after (?:the|this) (?:meeting|call)|next week|another time"
                            + "|outside (?:the|this) (?:meeting|room)|async(?:hronously)?)\\b",
                    "\\bfollow(?:s|ed|ing)?" + HY + "up(?: (?:on|with|about) (?:it|this|that))?" + END,
                    "\\b(?:discuss|discussed|talk|talked|chat|chatted|sync|synced|meet|met|decide|decided|settle|settled"
                            + "|take (?:it|this|that))(?: [\\w']+){0,3}? separately\\b"),
            // Another meeting is the same question at a later date; this meeting is where it is decided.
            family("separate-meeting", "this meeting is where blockers get decided",
                    excused(Deferral::negated),
                    "\\b(?:separate|follow" + HY + "up|another|dedicated|future|later|different|off-?site)"
                            + " (?:meeting|session|call|sync|discussion|conversation|forum|huddle|workshop)s?\\b"
                            + "(?! ?-?(?:center|centre)s?\\b)",
                    "\\b(?:until|till|to|for|into) (?:the )?next (?:meeting|session|e-?team|sync|call)\\b"),
            // A parked decision is not made, and the blocker keeps blocking.
            family("park", "a parked decision still blocks the team",
                    excused(Deferral::negated, Deferral::nounNotVerb, Deferral::productMoved),
                    "\\bparked\\b",
                    "\\bpark(?:s|ing)? " + OBJ + "\\b",
                    "\\bpark(?:s|ing)?(?: (?:the|this|that|our|a) [\\w']+(?: [\\w']+)?)?"
                            + "(?= (?:for now|for later|until|till|til|for the time being|indefinitely)\\b)",
                    "\\bpark(?:ing)?" + END,
                    "\\b(?:in|on|to|into|onto) the parking" + HY + "lot\\b",
                    "(?<![\\w'] )\\bparking" + HY + "lot\\b",
                    "\\b(?:(?:on|to|onto) the )?back" + HY + "burner\\b",
                    "\\b(?:leave|leaving|skip|skipping|pass|passing)(?: on)?(?: it| this| that)? for now\\b",
                    "\\b(?:put|puts|putting|keep|keeps|keeping|kept|place|places|placed|leave|leaves|leaving|left|is|are"
                            + "|stays|remains|goes|went|it's)(?: [\\w']+){0,2}? on (?:hold|ice)\\b",
                    "(?<![\\w'] )\\bon (?:hold|ice)\\b"),
            // Tabling (in the American sense) sets the decision aside.
            family("table", "a tabled decision still blocks the team",
                    excused(Deferral::negated, Deferral::nounNotVerb),
                    "\\btabled\\b",
                    "\\btabl(?:e|es|ing) " + OBJ + "\\b",
                    "\\btabl(?:e|es|ing)(?: (?:the|this|that|our|a) [\\w']+(?: [\\w']+)?)?"
                            + "(?= (?:for now|for later|until|till|til|for the time being|indefinitely)\\b)",
                    "\\btabl(?:e|ing)" + END),
            // Punting kicks the decision to someone or some time else.
            family("punt", "a punted decision still blocks the team",
                    excused(Deferral::negated, Deferral::nounNotVerb),
                    "\\bpunt(?:s|ed|ing)?\\b"
                            + "(?: (?:on |to |until |till )?" + OBJ + "\\b| (?:on|to|until|till) [\\w']+)?"),
            // Deferring the decision (not deferring *to* someone's call, which accepts it).
            family("defer", "a deferred decision still blocks the team",
                    excused(Deferral::negated, Deferral::productMoved),
                    "\\bdefer(?:s|red|ring|ral|rals|ment)?\\b" + TAIL),
            // Postponing, delaying or pushing the decision (not a product with a new date).
            family("postpone", "a postponed decision still blocks the team",
                    excused(Deferral::negated, Deferral::productMoved),
                    "\\b(?:postpon(?:e|es|ed|ing|ement)|delay(?:s|ed|ing)?)\\b" + TAIL,
                    "\\b(?:push(?:es|ed|ing)?|mov(?:e|es|ed|ing))(?: back| out)? (?:to|until|till) (?:the |a )?" + WHEN,
                    "\\bhold(?:s|ing)? off\\b|\\bheld off\\b",
                    "\\bkick(?:s|ed|ing)? the can(?: down the road)?",
                    "\\b(?:push(?:es|ed|ing)?|mov(?:e|es|ed|ing))(?: back| out)? " + OBJ
                            + "(?: back| out)?(?: (?:to|until|till|into) (?:the |a )?" + WHEN + "|\\b" + END + ")"),
            // Waiting for more is deciding later; decide with what the room knows now.
            family("wait", "waiting leaves the team blocked until then",
                    excused(Deferral::negated),
                    "\\b(?:let's|lets|let us|we'll|we will|we should|i'll) wait\\b",
                    "\\bwait(?:ing)? and see\\b",
                    "(?<![\\w'] )\\bwait(?:ing)? (?:for|on|until|till)\\b",
                    "\\bawait(?:s|ing)?\\b",
                    "\\b(?:before|until|till) (?:we |you |they )?(?:decide|deciding|committing)\\b"),
            // Revisiting means the question comes back unanswered.
            family("revisit", "revisiting later leaves the team blocked until then",
                    excused(Deferral::negated),
                    "\\bre-?visit(?:s|ing)?\\b",
                    "\\b(?:to be|will be|be|gets?|getting|being) re-?visited\\b",
                    "\\bre-?visited(?= " + TIME + ")"),
            // Coming back to it is revisiting in other words.
            family("come-back", "coming back to it later leaves the team blocked until then",
                    excused(Deferral::negated),
                    "\\b(?:come|comes|coming|came|get|gets|getting|got) back (?:to|on) (?:" + OBJ
                            + "|you|us|him|her|everyone|the (?:team|group|room))\\b",
                    "\\b(?:bring|brings|bringing|brought) " + OBJ + " back\\b",
                    "\\breport(?:s|ing|ed)? back\\b",
                    "\\b(?:come|comes|coming|came) back"
                            + "(?: with\\b|(?= (?:later|next|tomorrow|after|soon)\\b)|" + END + ")"),
            // A time for deciding is not a decision: "decide next week", "discussion by Friday".
            family("decide-later", "deciding later leaves the team blocked until then",
                    excused(Deferral::negated),
                    "\\b(?:decide|decides|deciding|decision|discuss|discusses|discussing|discussion|talk|talks|talking"
                            + "|regroup|regroups|regrouping|reconvene|reconvenes|reconvening|resume|resumes|resuming"
                            + "|reconsider|reconsiders|reconsidering|reassess|reassesses|reassessing|meet again|meet up"
                            + "|sync up|catch up|think (?:it|this) over|pick (?:it|this|that) (?:back )?up"
                            + "|look at (?:it|this|that) again)\\b"
                            + "(?: (?!(?:is|was|stands|holds|made|taken|reached|final|ship|ships|launch|launches|release"
                            + "|releases|live)\\b)[\\w']+){0,4}? " + TIME,
                    "\\bsleep on (?:it|this|that)\\b",
                    "\\bthink(?:ing)? about (?:it|this|that)\\b|\\bthink(?:ing)? (?:it|this|that) over\\b",
                    "\\bmull(?:ing)? (?:it |this |that )?over\\b"),
            // TBD says in three letters that nothing was decided.
            family("tbd", "nothing has been decided yet",
                    excused(Deferral::negated),
                    "\\btb[dc]\\b",
                    "\\bt\\.b\\.[dc]\\.?",
                    "\\bto be (?:decided|determined|confirmed|agreed|discussed|defined)\\b",
                    "\\bdecisions?(?: is| are| still|:)* pending\\b",
                    "\\bpending (?:[\\w']+ ){0,2}?decisions?\\b",
                    "\\b(?:still )?undecided\\b",
                    "\\b(?:not|isn't|is not|hasn't been|has not been|not been) (?:yet )?decided\\b",
                    "\\byet to (?:be )?decided?\\b",
                    "\\bno decisions? (?:yet|today|for now|this week|reached|made|taken|possible)\\b",
                    "\\bno decisions?" + END,
                    "\\b(?:leave|leaving|left|keep|keeping|kept) (?:it|this|that|the (?:decision|question)) open\\b",
                    "^\\W*(?:still )?open\\W*$",
                    "\\bstill (?:deciding|to be decided)\\b"),
            // A smaller group decides without the rest of the people it affects.
            family("smaller-group", "the people who own this are all in the room",
                    excused(Deferral::negated),
                    LEADS + BETWEEN + " (?:in|to|with|among|within|into|between) (?:a |the )?"
                            + "(?:smaller|small|working|core) (?:group|forum|team|circle|huddle)\\b",
                    "\\bsmaller (?:group|forum|team|circle|audience|room|huddle)\\b",
                    "\\bsub" + HY + "(?:group|committee)s?\\b",
                    "\\bbreak" + HY + "out (?:session|group|meeting|room)s?\\b",
                    "\\bside" + HY + "bar (?:it|this|that|with)\\b",
                    "\\bto side" + HY + "bar" + END,
                    "\\b(?:have|has|had|having|do|schedule|set up|in) (?:a |another )?(?:quick )?side" + HY + "bar\\b"
                            + "(?! (?:nav|navigation|menu|ad|ads|layout|widget|panel|redesign)\\b)"),
            // A 1:1 decides in private what the team needs to hear.
            family("one-on-one", "a private talk decides without the people it affects",
                    excused(Deferral::negated, Deferral::notAMeeting),
                    "\\b(?:1 ?[:-] ?1|1" + HY + "on" + HY + "1|one" + HY + "(?:on|to)" + HY + "one)s?\\b"
                            + "(?![-:/.]?\\d)"),
            // A thread decides without the room, and nobody owns what a thread decides.
            family("slack-email", "a thread decides without the people in the room",
                    excused(Deferral::negated, Deferral::announced),
                    "\\b(?:" + LEAD.replace(' ', '|') + "|decision|discussion|conversation|debate|vote|poll)\\b"
                            + BETWEEN + " (?:" + CHANNEL + "|async(?:hronously)?\\b)",
                    "\\b(?:slack|e-?mail) (?:thread|discussion|conversation|chat|debate|poll|vote)s?\\b"),
            // "Later", alone, is a deferral with nothing else in it.
            family("later", "a time to decide is not a decision",
                    alone("not now|not today|not yet|later(?: on| this (?:week|month)| today)?|tomorrow|soon"
                            + "|eventually|some ?day|at some point|another (?:time|day)|some other time|next time"
                            + "|in a bit|in due course|after the meeting|down the road")),
            // "Next week", alone, is the same.
            family("next-week", "a date to decide is not a decision",
                    alone("next (?:week|meeting|month|quarter|sprint|year|e-?team|monday|tuesday|wednesday|thursday|friday)"
                            + "|in (?:a|one|two|2) weeks?|the week after")));

    /// One family of deferrals: its short id, why it is not a decision (shown to the person), the
    /// pattern over the normalised text, and when a match is excused.
    private record Family(String name, String why, Pattern pattern, Excuse excuse) {
    }

    /// A match that is not a deferral after all (negated, a product word, a noun...).
    @FunctionalInterface
    private interface Excuse {
        boolean applies(Reading reading, Matcher match);
    }

    /// A family matching any of `patterns`, never excused. The part quoted back is the group named
    /// `phrase` when a pattern names one, else the whole match.
    private static Family family(String name, String why, String... patterns) {
        return family(name, why, excused(), patterns);
    }

    private static Family family(String name, String why, Excuse excuse, String... patterns) {
        var regex = String.join("|", patterns);
        if (!regex.contains("(?<phrase>")) {
            regex = "(?<phrase>" + regex + ")";
        }
        return new Family(name, why, Pattern.compile(regex), excuse);
    }

    /// A match is excused when any of `excuses` applies.
    private static Excuse excused(Excuse... excuses) {
        return (reading, match) -> Arrays.stream(excuses).anyMatch(excuse -> excuse.applies(reading, match));
    }

    // ---- excuses

    private static final Set<String> NEGATORS = words("not never no don't dont doesn't didn't won't wont shouldn't"
            + " can't cant cannot mustn't isn't aren't wasn't weren't nobody nothing without instead rather avoid"
            + " avoiding refuse refusing stop nor neither");

    private static final Set<String> NEGATION_FILLERS = words("to be been being going gonna need needs needed want wants"
            + " wanted have has had we you they i us it this that just really ever even any further more again let's"
            + " lets let reason point in of than the a an will would should shall can could must bother try trying plan"
            + " planning here yet do does did longer anymore");

    /// Said after the phrase: "A separate meeting is not needed".
    private static final Pattern NEGATED_AFTER = Pattern.compile(
            " ?(?:(?:is |are |was |were )?(?:not|no longer|never) (?:needed|necessary|required|an option)"
                    + "|(?:isn't|aren't|wasn't|weren't) (?:needed|necessary|required|an option)"
                    + "|(?:is |are )?unnecessary|nothing)\\b");

    /// "No need to take this offline", "we will not park this", "instead of tabling it",
    /// "a separate meeting is not needed".
    private static boolean negated(Reading reading, Matcher match) {
        var after = NEGATED_AFTER.matcher(reading.text()).region(match.end("phrase"), reading.text().length());
        if (after.lookingAt()) {
            return true;
        }
        var before = reading.clauseBefore(match.start("phrase")).split("[^\\w']+");
        int fillers = 0;
        for (int i = before.length - 1; i >= 0; i--) {
            var word = before[i];
            if (word.isEmpty()) {
                continue;
            }
            if (NEGATORS.contains(word)) {
                return true;
            }
            if (!NEGATION_FILLERS.contains(word) || ++fillers > 4) {
                return false;
            }
        }
        return false;
    }

    /// Nouns after "offline" that make it a product feature, not a place to decide.
    private static final Set<String> PRODUCT_NOUNS = words("mode modes download downloads downloading first sync"
            + " syncing playback play support supported access map maps content cache caching storage capability"
            + " capabilities feature features experience version versions use usage reading viewing listening library"
            + " libraries save saves availability user users customer customers store stores retail sales channel"
            + " channels event events marketing media ad ads advertising payment payments signups tier edition app"
            + " apps build player queue editing editor data database backup backups copy copies purchase purchases"
            + " conversion conversions attribution revenue partner partners retailer retailers shop shops launch release"
            + " rollout pilot beta banner banners state status indicator message messages screen page flow test tests"
            + " testing case cases scenario scenarios behaviour behavior metrics analytics spend campaign campaigns"
            + " presence world activity activities item items limit limits team teams squad backlog roadmap playlist"
            + " playlists track tracks song songs episode episodes video videos podcast podcasts photo photos file"
            + " files document documents music");

    /// Verbs and adjectives just before "offline" that describe the product working without a network.
    private static final Set<String> PRODUCT_VERBS = words("available availability work works working worked function"
            + " functions play plays playing playable usable use used using read reading readable listen listens"
            + " listening watch watches watching view viewing download downloaded downloading downloadable accessible"
            + " access go goes going went gone is are was were be stay stays stayed remain remains remained run runs"
            + " running cached stored saved for");

    /// Verbs after a sentence-opening "offline" that make it the subject: "Offline is out of scope".
    private static final Set<String> SUBJECT_VERBS = words("is isn't stays remains ships launches works becomes goes gets"
            + " needs requires will won't must should can has was lands moves comes");

    /// Nouns after "offline" that make it a conversation, which defers.
    private static final Set<String> TALK_NOUNS = words("discussion discussions conversation conversations chat chats"
            + " talk talks call calls meeting meetings session sessions review follow follow-up followup huddle sidebar"
            + " catch-up catchup debate decision thread sync-up");

    /// "Ship offline mode", "available offline", "the offline-first architecture", "Offline is out of scope".
    private static boolean productOffline(Reading reading, Matcher match) {
        int end = match.end("word");
        var next = reading.wordAfter(end);
        if (TALK_NOUNS.contains(next)) {
            return false;
        }
        boolean compound = end + 1 < reading.text().length()
                && reading.text().charAt(end) == '-'
                && Character.isLetterOrDigit(reading.text().charAt(end + 1));
        if (compound || PRODUCT_NOUNS.contains(next)) {
            return true;
        }
        int word = match.start("word");
        var previous = reading.wordBefore(word);
        if (PRODUCT_VERBS.contains(previous)) {
            var beforeThat = reading.wordBefore(reading.startOfWordBefore(word));
            return !beforeThat.equals("let's") && !beforeThat.equals("lets");
        }
        boolean led = match.start("phrase") < word;
        return !led && SUBJECT_VERBS.contains(next);
    }

    /// Things with dates that a decision may move: "the launch is postponed to May 3" decides.
    private static final Set<String> MOVABLE = words("launch launches release releases rollout rollouts pilot beta"
            + " campaign campaigns migration price prices pricing change changes feature features update upgrade app"
            + " version deal contract hire hiring event deadline date delivery shipment roadmap offsite");

    /// "The launch is postponed to May 3", "Put the launch on hold": a product gets a new date or is
    /// paused, which is a decision. Not when the phrase names the decision ("postpone the decision").
    private static boolean productMoved(Reading reading, Matcher match) {
        var phrase = match.group("phrase");
        if (Arrays.stream(phrase.split(" ")).anyMatch(OBJECT_WORDS::contains)) {
            return false;
        }
        var clause = reading.clauseBefore(match.start("phrase")) + " " + phrase;
        return Arrays.stream(clause.split("[^\\w']+")).anyMatch(MOVABLE::contains);
    }

    private static final Set<String> OBJECT_WORDS = words("it this that these those them " + DECISION_WORDS);

    private static final Set<String> DETERMINERS = words("the a an this that these those our your their its his her my"
            + " every each per");

    /// Words after which a bare "park" or "table" is a verb: "let's table.", "we should park".
    private static final Set<String> VERB_POSITION = words("let's lets us we we'll we'd i i'd i'll you to just please so"
            + " then and should will would must can could might shall let simply probably maybe or ok okay agreed all");

    /// Verb forms that are also nouns.
    private static final Set<String> AMBIGUOUS = words("park parks parking table tables tabling punt punts");

    /// Of those, the ones that alone at a clause end are usually nouns: "the pricing table.", "Central Park."
    private static final Set<String> BARE_NOUNS = words("park parking table");

    /// "the pricing table", "take a punt", "Central Park." — the noun, not the verb.
    private static boolean nounNotVerb(Reading reading, Matcher match) {
        var first = match.group("phrase").split(" ", 2)[0];
        if (!AMBIGUOUS.contains(first)) {
            return false;
        }
        var previous = reading.wordBefore(match.start("phrase"));
        if (DETERMINERS.contains(previous)) {
            return true;
        }
        boolean bare = !match.group("phrase").contains(" ");
        return bare && BARE_NOUNS.contains(first) && !previous.isEmpty() && !VERB_POSITION.contains(previous);
    }

    /// Words before a "1:1" that make it a meeting: prepositions, determiners and deciding verbs.
    private static final Set<String> MEETING_LEADS = words("in at during via over to into for a an our my your their his"
            + " her the out it this that them up " + LEAD);

    /// Words after a "1:1" that make it a meeting: "1:1 with Ana", "1:1 later".
    private static final Set<String> MEETING_FOLLOWERS = words("with between later tomorrow next after first");

    /// Adjectives between those words and the "1:1": "in our *weekly* 1:1", "a *quick* one-on-one".
    private static final Set<String> MEETING_ADJECTIVES = words("next quick separate private weekly regular usual own");

    /// Words after a "1:1" that make it a ratio or a service, not a meeting.
    private static final Set<String> RATIO_NOUNS = words("ratio match matching mapping scale parity basis swap"
            + " replacement exchange conversion copy correspondence onboarding support coaching training tutoring demo"
            + " demos");

    /// "Match donations 1:1", "a 1:1 ratio", "one-on-one onboarding ships" — not a meeting.
    private static boolean notAMeeting(Reading reading, Matcher match) {
        var next = reading.wordAfter(match.end("phrase"));
        if (RATIO_NOUNS.contains(next)) {
            return true;
        }
        if (MEETING_FOLLOWERS.contains(next)) {
            return false;
        }
        int at = match.start("phrase");
        var previous = reading.wordBefore(at);
        while (MEETING_ADJECTIVES.contains(previous)) {
            at = reading.startOfWordBefore(at);
            previous = reading.wordBefore(at);
        }
        boolean alone = previous.isEmpty() && next.isEmpty();
        return !alone && !MEETING_LEADS.contains(previous);
    }

    /// Verbs that pass on a decision already made.
    private static final Set<String> ANNOUNCING = words("post posts posted posting announce announces announced"
            + " announcing share shares shared sharing publish publishes published publishing send sends sent sending"
            + " communicate communicates communicated communicating notify notifies notified notifying tell tells told"
            + " telling inform informs informed informing document documents documented documenting record records"
            + " recorded recording write writes wrote written broadcast broadcasts summarise summarises summarised"
            + " summarize summarizes summarized pin pins pinned cc circulate circulates circulated");

    /// "Post the decision in Slack" passes on a decision; it does not put one off.
    private static boolean announced(Reading reading, Matcher match) {
        var clause = reading.clauseBefore(match.start("phrase")) + " " + match.group("phrase");
        return Arrays.stream(clause.split("[^\\w']+")).anyMatch(ANNOUNCING::contains);
    }

    private static Set<String> words(String spaceSeparated) {
        return Set.copyOf(Arrays.asList(spaceSeparated.split(" ")));
    }

    /// The text as the patterns read it, with where each character came from so that a phrase can
    /// be quoted as written: lower case, straight quotes, ASCII hyphens, dashes as ` - `, one space
    /// (or one line break) for any run of white space, no zero-width characters.
    private record Reading(String original, String text, int[] from) {

        static Reading of(String original) {
            var text = new StringBuilder(original.length());
            var from = new int[original.length() * 3 + 1];
            int space = -1;
            boolean lineBreak = false;
            for (int i = 0; i < original.length(); i++) {
                char c = original.charAt(i);
                if ("\u200B\u200C\u200D\u2060\uFEFF\u00AD".indexOf(c) >= 0) {
                    continue;
                }
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    if (space < 0) {
                        space = i;
                    }
                    lineBreak |= c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
                    continue;
                }
                boolean dash = "\u2013\u2014\u2015\u2212".indexOf(c) >= 0;
                if (dash && space < 0) {
                    space = i;
                }
                if (space >= 0 && text.length() > 0) {
                    from[text.length()] = space;
                    text.append(lineBreak ? '\n' : ' ');
                }
                space = -1;
                lineBreak = false;
                if (dash) {
                    from[text.length()] = i;
                    text.append('-');
                    space = i;
                    continue;
                }
                var read = switch (c) {
                    case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`' -> "'";
                    case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> "\"";
                    case '\u2010', '\u2011', '\u2012', '\u2043' -> "-";
                    case '\u2026' -> "...";
                    default -> String.valueOf(Character.toLowerCase(c));
                };
                for (int k = 0; k < read.length(); k++) {
                    from[text.length()] = i;
                    text.append(read.charAt(k));
                }
            }
            return new Reading(original, text.toString(), from);
        }

        /// The original characters behind `text[start, end)`, trimmed.
        String written(int start, int end) {
            int last = from[end - 1] + 1;
            if (last < original.length() && Character.isLowSurrogate(original.charAt(last))) {
                last++;
            }
            return original.substring(from[start], last).strip();
        }

        /// The clause up to `index`: back to the last punctuation mark, bracket, quote, line break or dash.
        String clauseBefore(int index) {
            int i = index - 1;
            while (i >= 0) {
                char c = text.charAt(i);
                boolean dash = c == '-' && i > 0 && text.charAt(i - 1) == ' '
                        && i + 1 < text.length() && text.charAt(i + 1) == ' ';
                if (".;:!?,()[]\"\n".indexOf(c) >= 0 || dash) {
                    break;
                }
                i--;
            }
            return text.substring(i + 1, index);
        }

        /// The word ending just before `index` (past one space), or "" at the start of a clause.
        String wordBefore(int index) {
            int end = index;
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            int start = startOfWordEndingAt(end);
            return text.substring(start, end);
        }

        /// Where the word returned by [#wordBefore] starts.
        int startOfWordBefore(int index) {
            int end = index;
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            return startOfWordEndingAt(end);
        }

        private int startOfWordEndingAt(int end) {
            int start = end;
            while (start > 0 && isWordChar(text.charAt(start - 1))) {
                start--;
            }
            return start;
        }

        /// The word starting just after `index` (past one space), hyphenated words whole and without a
        /// possessive "'s", or "" at a clause end.
        String wordAfter(int index) {
            int start = index;
            while (start < text.length() && text.charAt(start) == ' ') {
                start++;
            }
            int end = start;
            while (end < text.length() && (isWordChar(text.charAt(end))
                    || text.charAt(end) == '-' && end + 1 < text.length() && isWordChar(text.charAt(end + 1)))) {
                end++;
            }
            var word = text.substring(start, end);
            return word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
        }

        private static boolean isWordChar(char c) {
            return Character.isLetterOrDigit(c) || c == '\'';
        }
    }
}
