package io.eteam.deferral;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeferralTest {

    /// The committed model, loaded once: every verdict below is the classifier's, as the server gives it.
    private static final DeferralCheck CHECK = new DeferralCheck();

    @ParameterizedTest(name = "“{0}” defers ({1}), quoting “{2}”")
    @CsvSource(delimiterString = "|", quoteCharacter = '"', textBlock = """
            # offline, in every spelling and tense
            Let’s take this off-line                            | offline          | take this off-line
            Take it offline.                                    | offline          | Take it offline
            We’ll take it off line with Legal                   | offline          | take it off line
            TAKING THIS OFFLINE                                 | offline          | TAKING THIS OFFLINE
            Ana and Bo took this offline yesterday              | offline          | took this offline
            Let's discuss   offline                             | offline          | discuss   offline
            Offline.                                            | offline          | Offline
            Taken off\u2011line                                 | offline          | Taken off\u2011line
            Sort it out offline between Finance and Legal       | offline          | Sort it out offline
            Let’s go offline on this                            | offline          | go offline
            “Offline” – Ana and Bo                              | offline          | Offline
            Ana and Bo sync offline                             | offline          | sync offline
            An offline discussion with Legal                    | offline          | offline
            Let’s take this offline—Ana owns the next step      | offline          | take this offline
            No data yet, so take it offline                     | offline          | take it offline
            We can't decide so take it offline                  | offline          | take it offline

            # circling back
            We’ll circle back                                   | circle-back      | circle back
            Circling back next week                             | circle-back      | Circling back
            Circled back with Ana; no change                    | circle-back      | Circled back
            Let's loop back on this Friday                      | circle-back      | loop back
            Touch base after the meeting                        | circle-back      | Touch base
            Circle-back next week                               | circle-back      | Circle-back

            # following up separately or later
            Follow up separately with Finance                   | follow-up        | Follow up separately
            Ana will follow-up later                            | follow-up        | follow-up later
            Following up after the meeting                      | follow-up        | Following up after the meeting
            Bo to follow up.                                    | follow-up        | follow up
            We followed up separately; still open               | follow-up        | followed up separately
            We’ll talk about it separately                      | follow-up        | talk about it separately

            # a separate or follow-up meeting
            Schedule a separate meeting                         | separate-meeting | separate meeting
            Set up a follow-up meeting with Legal               | separate-meeting | follow-up meeting
            Needs a dedicated session                           | separate-meeting | dedicated session
            Carry it over to the next E-Team                    | separate-meeting | to the next E-Team
            Follow–up call on Friday                            | separate-meeting | Follow–up call

            # parking
            Let’s park it                                       | park             | park it
            Parked.                                             | park             | Parked
            Parking this for now                                | park             | Parking this
            Put it in the parking lot                           | park             | in the parking lot
            Put on hold until the audit ends                    | park             | Put on hold
            Moving it to the back burner                        | park             | to the back burner
            We should park.                                     | park             | park
            Let's park the pricing question until Legal replies | park             | park the pricing question
            Parking lot item                                    | park             | Parking lot
            On hold                                             | park             | On hold
            Leave it for now                                    | park             | Leave it for now
            Skip for now                                        | park             | Skip for now

            # tabling
            Let’s table this                                    | table            | table this
            Tabled until Q3                                     | table            | Tabled
            Tabling it for now                                  | table            | Tabling it
            We should table.                                    | table            | table
            Table the decision                                  | table            | Table the decision

            # punting
            Punt on pricing                                     | punt             | Punt on pricing
            We punted                                           | punt             | punted
            Punting this to next week                           | punt             | Punting this

            # deferring
            Deferred.                                           | defer            | Deferred
            Defer it to next week                               | defer            | Defer it
            Deferring until Legal reviews                       | defer            | Deferring
            Deferral until Q3                                   | defer            | Deferral
            Defer to a later date                               | defer            | Defer

            # postponing
            Postponing.                                         | postpone         | Postponing
            Postpone the decision                               | postpone         | Postpone the decision
            Push it to next week                                | postpone         | Push it to next week
            Hold off until the board meets                      | postpone         | Hold off
            Kick the can down the road                          | postpone         | Kick the can down the road
            Delay this decision for a month                     | postpone         | Delay this decision
            Move this to Q3                                     | postpone         | Move this to Q3
            Pushed out to Q3                                    | postpone         | Pushed out to Q3
            Moved to next week                                  | postpone         | Moved to next week

            # waiting instead of deciding
            Let’s wait                                          | wait             | Let’s wait
            Wait for Legal                                      | wait             | Wait for
            Awaiting Legal input                                | wait             | Awaiting
            Wait and see                                        | wait             | Wait and see
            Need more info before deciding                      | wait             | before deciding

            # revisiting and coming back
            Revisit next week                                   | revisit          | Revisit
            Let's revisit this in Q3                            | revisit          | revisit
            To be revisited after the audit                     | revisit          | To be revisited
            Re-visiting it later                                | revisit          | Re-visiting
            Come back to this later                             | come-back        | Come back to this
            We’ll get back to you                               | come-back        | get back to you
            Ana comes back with a proposal                      | come-back        | comes back with
            Bring it back next week                             | come-back        | Bring it back
            Ana to investigate and report back                  | come-back        | report back

            # a time for deciding instead of a decision
            Decide next week                                    | decide-later     | Decide next week
            Let's decide later                                  | decide-later     | decide later
            Decision by Friday                                  | decide-later     | Decision by Friday
            Regroup tomorrow                                    | decide-later     | Regroup tomorrow
            Discuss again next Tuesday                          | decide-later     | Discuss again next Tuesday
            Talk to Legal next week                             | decide-later     | Talk to Legal next week
            Decide at next week's meeting                       | decide-later     | Decide at next week's meeting
            Sync up tomorrow                                    | decide-later     | Sync up tomorrow
            Sleep on it                                         | decide-later     | Sleep on it
            Let me think about it                               | decide-later     | think about it
            Decide after the audit                              | decide-later     | Decide after the audit

            # TBD and decision pending
            TBD                                                 | tbd              | TBD
            Owner: Ana, decision t.b.d.                         | tbd              | t.b.d.
            To be decided                                       | tbd              | To be decided
            To be determined by Legal                           | tbd              | To be determined
            Decision pending                                    | tbd              | Decision pending
            Not decided yet                                     | tbd              | Not decided
            Pending decision from the CFO                       | tbd              | Pending decision
            Still undecided                                     | tbd              | Still undecided
            Decision: pending                                   | tbd              | Decision: pending
            Pending Legal's decision                            | tbd              | Pending Legal's decision
            No decision reached                                 | tbd              | No decision reached
            Keep it open                                        | tbd              | Keep it open
            Still open                                          | tbd              | Still open

            # a smaller group
            Take it to a smaller group                          | smaller-group    | Take it to a smaller group
            Sort it out in a small group                        | smaller-group    | Sort it out in a small group
            Sub-group to decide                                 | smaller-group    | Sub-group
            Breakout session with Finance                       | smaller-group    | Breakout session
            Ana and Bo to sidebar                               | smaller-group    | to sidebar

            # a 1:1
            Ana and Bo to discuss 1:1                           | one-on-one       | 1:1
            Take it to a 1-1                                    | one-on-one       | 1-1
            One-on-one with the CFO                             | one-on-one       | One-on-one
            Handle in our 1 on 1                                | one-on-one       | 1 on 1
            Let’s do a one on one                               | one-on-one       | one on one
            1:1s.                                               | one-on-one       | 1:1s
            1-on-1 with Ana                                     | one-on-one       | 1-on-1
            One-to-one with Bo                                  | one-on-one       | One-to-one
            1:1 later                                           | one-on-one       | 1:1
            Discuss in our weekly 1:1                           | one-on-one       | 1:1

            # Slack and e-mail
            Take it to Slack                                    | slack-email      | Take it to Slack
            Continue the discussion over email                  | slack-email      | Continue the discussion over email
            Decide via e-mail by Friday                         | slack-email      | Decide via e-mail
            Sort it out in a Slack thread                       | slack-email      | Sort it out in a Slack
            Let’s handle it async                               | slack-email      | handle it async
            Email thread with Legal                             | slack-email      | Email thread
            Discuss in #pricing on Slack                        | slack-email      | Discuss in #pricing on Slack

            # a bare "later" or "next week"
            Later.                                              | later            | Later
            later!                                              | later            | later
            Not now, later                                      | later            | later
            Later, maybe                                        | later            | Later
            Tomorrow.                                           | later            | Tomorrow
            “Later”                                             | later            | Later
            Not now                                             | later            | Not now
            Next week!                                          | next-week        | Next week
            next week.                                          | next-week        | next week
            Next week?                                          | next-week        | Next week
            Let's do it next week                               | next-week        | next week
            See next week                                       | next-week        | next week
            """)
    void a_deferral_is_found_with_its_family_and_the_words_as_written(String text, String family, String phrase) {
        assertThat(Deferral.find(text)).contains(new Deferral.Found(phrase, family));
        var verdict = CHECK.check(text);
        assertThat(verdict.deferral()).as("refused").isTrue();
        assertThat(verdict.phrase()).isEqualTo(phrase);
    }

    @ParameterizedTest(name = "“{0}” is a decision")
    @CsvSource(delimiterString = "|", quoteCharacter = '"', textBlock = """
            # offline as a product word
            Ship offline mode in Brazil on March 3
            Offline downloads stay Premium-only
            We keep the offline-first architecture
            Offline sync ships in Q3 with the Android app
            Playlists are available offline for Premium users
            The app works offline from version 8.2
            Offline is out of scope for v1; Ana owns the web launch
            Servers go offline Saturday 02:00 for the migration, Ops owns it
            Offline playback limit rises to 10 000 tracks
            Ana and Bo agree: we ship offline maps in Q2
            Revenue from offline stores counts toward Q3 targets
            Offline retail partners get the new price on June 1
            Users can download episodes for offline listening
            Downloads go to offline storage on the SD card
            Sign off line items by Friday: Finance approves the budget
            The offline team owns the fix
            Take over the offline team's backlog; Bo owns it
            Offline-capable builds ship to QA today
            Ship the offline playlist feature; Bo owns QA
            Make the app work offline on flights, owned by Bo
            Allow users to go offline for up to 30 days

            # table, park and punt as nouns
            Table stakes: we match the price
            Use the pricing table from Finance
            The table view ships on web first, owned by Bo
            Bring the numbers to the table and approve the budget: Finance owns it
            Park Avenue office opens in June; Facilities owns it
            Take a punt on Brazil: ship on May 3

            # follow, follow-up and separate about something else
            Follow the label's format for all markets
            The follow-up release ships in May with dark mode
            The separate Kids app launches in May
            Another call center opens in Lisbon, owned by Ops
            The core team ships it Monday
            Sidebar navigation ships in Q3
            Parking fees rise in May, Facilities owns it
            Customers on hold get a callback
            Get back to work: ship Monday
            Add a sidebar to the player, Bo owns it
            Hold the line on price: $9.99, Finance owns it
            Kick off the Brazil project Monday, Ana owns it
            Loop in Legal now and ship Monday
            I think that we should ship Monday, Ana owns it

            # negated
            No need to take this offline: Legal approves today
            We will not park this: Finance funds it now
            Don't table it: Bo signs the contract today
            Rather than park it, Finance funds the pilot now
            Instead of taking this offline, Legal approves the copy today
            We won't circle back: the price is $9.99
            Never postpone: launch on May 3, Ana owns it
            No follow-up meeting needed; Bo ships Friday
            No TBDs: Ana owns the May 3 date
            We will not take this off-line; Bo decides now: ship on Monday
            There's no reason to table this: the budget is approved
            We never tabled it: the budget is approved today
            We are not punting: Bo ships the fix Friday
            Do not defer: Finance releases the budget now
            Without a separate meeting, Ana approves the hire today
            A separate meeting is not needed: ship Monday
            Ship it now, revisit nothing

            # Slack and e-mail as products, or to pass on a decision
            Email campaign launches Monday, owned by growth
            Slack integration ships in Q3
            Post the decision in Slack
            Share the decision by email with all staff
            Announce it in Slack today; Ana owns the launch
            Record the decision in an email to the board; Ana owns it
            Ana emails the signed contract to Legal
            Chat support launches later this year, owned by Bo
            Send the decision by email
            Ana will post the final call in #eteam today

            # dates for the product, not for deciding
            Move the launch to next week's release train, Ana owns the date
            Postpone the Brazil launch to May 3; Ana owns it
            Delay the price change until July 1, owned by Finance
            We defer to Legal's call: no launch in Germany
            Book it as deferred revenue, Finance owns the entry
            Push notifications ship on Monday
            Launch next week, Ana owns it
            Ship later this month once QA signs off; Bo owns it
            We decided to ship next week
            Decision: ship next week, Ana owns it
            Later releases keep the old logo; Ana owns branding
            Next week's newsletter announces the price, Bo owns it
            Legal pushed back, so we drop the feature in Germany
            Customers come back to the app daily, so we keep the streak feature
            We revisited the numbers: ship at $9.99
            The launch is postponed to May 3, Ana owns it
            Put the launch on hold until Q3, Ana owns it
            Move it to production Monday
            We ship later
            No later than Friday, Legal signs; Ana owns it
            Launch moved to next week, Ana owns the date
            We ship after the audit; Ana owns it
            Standup moves to 10:00
            Skip the Germany launch for now; Ana owns EU
            Keep dark mode off for now; Bo owns the flag
            No decision needed: Legal already approved

            # ratios and services, not meetings
            Match donations 1:1, Finance owns it
            A 1:1 ratio of engineers to designers, Ana owns hiring
            One-on-one onboarding for enterprise ships in Q3
            We match competitors 1-1 on price, Ana owns it
            Publish the 1:1 mapping of old to new plans, owned by Ana
            One-on-one coaching for managers starts in June, HR owns it
            Weekly 1:1s move to Thursdays, owned by HR
            Ship v1.1 on 1/1, Ana owns it

            # plain decisions
            Resolved: Legal approves the copy today, Ana owns it
            Ship at $9.99 in Brazil, Ana owns pricing
            """)
    void a_real_decision_is_not_a_deferral(String text) {
        assertThat(Deferral.find(text)).isEmpty();
        assertThat(CHECK.check(text).deferral()).as("refused").isFalse();
    }

    @Test
    void the_phrase_is_quoted_as_written_with_curly_quotes_and_dashes_kept() {
        assertThat(Deferral.find("Let’s take this off\u2011line"))
                .contains(new Deferral.Found("take this off\u2011line", "offline"));
        assertThat(Deferral.find("  We\u00A0will   circle\tback  "))
                .contains(new Deferral.Found("circle\tback", "circle-back"));
        assertThat(Deferral.find("Let’s take this “off line”\nwith Legal"))
                .contains(new Deferral.Found("off line", "offline"));
    }

    @Test
    void a_deferral_after_a_decision_is_still_found() {
        assertThat(Deferral.find("Ship offline mode in Brazil; take the pricing offline"))
                .contains(new Deferral.Found("take the pricing offline", "offline"));
    }

    @Test
    void the_first_deferral_in_the_text_is_the_one_reported() {
        assertThat(Deferral.find("Park it, then circle back next week"))
                .contains(new Deferral.Found("Park it", "park"));
    }

    @Test
    void nothing_to_read_finds_no_deferral_so_that_isBlank_refuses_it() {
        assertThat(Deferral.find(null)).isEmpty();
        assertThat(Deferral.find("")).isEmpty();
    }

    @ParameterizedTest(name = "“{0}” is blank")
    @ValueSource(strings = {"", "   ", "...", "—", "?!", " \t\n ", "– – –", "👍"})
    void text_of_only_spaces_punctuation_or_symbols_is_blank(String text) {
        assertThat(Deferral.isBlank(text)).isTrue();
    }

    @Test
    void null_is_blank() {
        assertThat(Deferral.isBlank(null)).isTrue();
    }

    @ParameterizedTest(name = "“{0}” is not blank")
    @ValueSource(strings = {"Ship", "  ok  ", "9", "Å", "…later"})
    void text_with_a_letter_or_digit_is_not_blank(String text) {
        assertThat(Deferral.isBlank(text)).isFalse();
    }

    @Test
    void the_message_quotes_the_phrase_and_says_how_to_make_it_a_decision() {
        var verdict = CHECK.check("Let's take this offline");

        assertThat(verdict.deferral()).isTrue();
        assertThat(verdict.message()).isEqualTo(
                "'take this offline' is not a decision: everyone you need is in the room. "
                        + "Record what was decided and name who does what by when.");
    }

    @ParameterizedTest(name = "the {1} family says why “{0}” is not a decision")
    @CsvSource(delimiterString = "|", textBlock = """
            Take it offline          | offline
            We'll circle back        | circle-back
            Follow up separately     | follow-up
            Schedule a separate call | separate-meeting
            Park it                  | park
            Table it                 | table
            Punt on it               | punt
            Deferred                 | defer
            Postpone it              | postpone
            Let's wait               | wait
            Revisit in Q3            | revisit
            Come back to this        | come-back
            Decide next week         | decide-later
            TBD                      | tbd
            Take it to a small group | smaller-group
            Discuss 1:1              | one-on-one
            Take it to Slack         | slack-email
            Later.                   | later
            Next week!               | next-week
            """)
    void every_family_has_its_own_reason_and_says_how_to_make_it_a_decision(String text, String family) {
        var found = Deferral.find(text).orElseThrow();
        var verdict = CHECK.check(text);

        assertThat(found.family()).isEqualTo(family);
        assertThat(verdict.message())
                .startsWith("'" + found.phrase() + "' is not a decision: ")
                .endsWith(". Record what was decided and name who does what by when.")
                .doesNotContain(Deferral.why(new Deferral.Found(found.phrase(), "no-such-family")));
    }

    @Test
    void a_family_it_does_not_know_still_says_why() {
        assertThat(Deferral.why(new Deferral.Found("maybe", "no-such-family")))
                .isEqualTo("it puts the decision off instead of making it");
    }
}
