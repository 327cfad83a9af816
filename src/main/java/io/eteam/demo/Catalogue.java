package io.eteam.demo;

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

        Template because(String why) {
            return new Template(raiser, blocking, kind, impact, minutes, title, detail, decision, owner, why, dueDays);
        }

        /// The owner's action is due `days` working days after the decision (0: the same day).
        Template due(int days) {
            return new Template(raiser, blocking, kind, impact, minutes, title, detail, decision, owner, rationale, days);
        }

        Template minutes(int m) {
            return new Template(raiser, blocking, kind, impact, m, title, detail, decision, owner, rationale, dueDays);
        }

        boolean varies() {
            return PLACEHOLDER.matcher(title).find();
        }

        Story fill(Map<String, String> values) {
            return new Story(raiser, blocking, kind, impact, minutes, put(title, values), put(detail, values),
                    put(decision, values), owner, rationale == null ? null : put(rationale, values), dueDays);
        }
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(market|label|show|publisher|partner|telco|carmaker|artist)}");

    static final Map<String, List<String>> FILLS = Map.of(
            "market", List.of("Brazil", "Mexico", "India", "Japan", "Germany", "Indonesia", "Nigeria", "Poland",
                    "France", "Australia", "Vietnam", "Turkey"),
            "label", List.of("Kestrel Music Group", "Northlight Records", "Ampersand Audio", "Blue Harbour Music"),
            "show", List.of("The Long Take", "Night Shift Stories", "Money on Mute", "Second Opinion", "Small Hours"),
            "publisher", List.of("Halden & Grey", "Paperlake", "Vireo Books", "Saltmarsh Press"),
            "partner", List.of("Sonora Speakers", "Pulse Fitness", "Arcturus Motors", "Lumen Mobile"),
            "telco", List.of("Lumen Mobile", "Velo Telecom", "Orbita Telecom"),
            "carmaker", List.of("Arcturus Motors", "Halvard Automotive"),
            "artist", List.of("Mira Vale", "Kasimir", "Lumo", "Sable & Sun", "Aurelio Costa"));

    /// What people say when they would rather not decide; each is refused and kept in the history.
    static final List<String> DEFERRALS = List.of(
            "Let's take this offline.",
            "Let's take it off-line with Legal and come back to it.",
            "Circle back next week when we have the numbers.",
            "Park it until the offsite.",
            "Can we table this for now?",
            "Follow up separately with Finance.",
            "Set up a separate meeting with both teams.",
            "TBD once the forecast is in.",
            "Decision pending the label's reply.",
            "Let's punt this to next week.",
            "Sort it out in a 1:1 after the meeting.",
            "Take it to Slack.",
            "Revisit next week.",
            "Postpone the decision until the Q3 plan is final.");

    /// Why a VP withdraws their own blocker.
    static final List<String> WITHDRAWALS = List.of(
            "We unblocked ourselves: the team found a workaround that ships this sprint.",
            "No longer blocking: the vendor delivered the fix on Thursday.",
            "Sorted out directly between the two teams: Legal signs the licence on Thursday; nothing is left for the E-Team to decide.",
            "Raised twice by mistake; the other blocker covers it.",
            "The launch it blocked was cancelled, so there is nothing to unblock.",
            "The chairs' new travel policy answers it: our team books the trips itself.",
            "Our own engineers fixed it over the weekend.");

    static final List<Template> TEMPLATES = List.of(
            // Music
            t("elin", "camila", "blocked", "high",
                    "{label} stopped delivering new releases for {market}",
                    "{label} holds back its new releases for {market} until the amended distribution terms are"
                            + " countersigned. Friday's release slate, 14 priority albums, is at risk.",
                    "Camila signs the amended terms as drafted; Legal accepts the 90-day audit clause.", "camila")
                    .because("The audit clause is standard in our other label deals; the release slate is worth more than the point.").due(3),
            t("elin", "jonas", "misaligned", "medium",
                    "Editorial playlists and the algorithmic home shelf fight for the same slot",
                    "Music wants the top home shelf for the editorial Fresh Finds programme; Personalization's test"
                            + " gives it to the algorithmic mix. Both teams are shipping conflicting configs.",
                    "Personalization keeps the top shelf; editorial gets the second shelf and a Friday takeover every week.", "jonas")
                    .because("The mix wins on streams per session in every market; editorial keeps a guaranteed weekly moment.").due(7),
            t("elin", "sofia", "blocked", "high",
                    "Lyrics licence for {market} expires at month end",
                    "The lyrics provider's licence for {market} ends on the 30th; the renewal waits for Legal's sign-off"
                            + " on the new territory schedule.",
                    "Legal signs the renewal for twelve months on current terms; the territory schedule is renegotiated at the annual review.", "sofia").due(5),
            t("elin", "grace", "off-track", "medium",
                    "Lossless audio rollout is four weeks behind plan",
                    "Transcoding capacity for lossless is a third of what the rollout needs; Platform's capacity plan"
                            + " assumed the old bitrate ladder.",
                    "Platform moves two transcoding clusters from video to lossless; the rollout continues market by market, Nordics first.", "grace").due(14),
            t("elin", "nadia", "misaligned", "low",
                    "Artist campaign pages carry ads the labels never agreed to",
                    "Two labels complained that their artists' campaign pages show third-party ads.",
                    "No ads on artist campaign pages; Ads removes the placement from the inventory by Thursday.", "nadia").due(2),
            t("elin", "oskar", "blocked", "medium",
                    "Royalty statements to {label} late for the second month",
                    "The new royalty pipeline still differs from the old one by 0.4%; {label} threatens to audit.",
                    "Data sends this month's statements from the old pipeline; the new one takes over once it matches to the cent.", "oskar").due(5),
            t("elin", "kenji", "off-track", "low",
                    "Concert listings in the app show sold-out shows as available",
                    "The ticketing feed has no sold-out flag, so fans tap through to dead pages.",
                    "Design hides listings without availability data; Music asks the ticketing partner for the flag.", "kenji"),
            // Podcasts
            t("tomas", "ruth", "blocked", "high",
                    "New season of {show} held by content review",
                    "Trust & Safety flagged two episodes of {show} for medical claims. The premiere is on Monday and"
                            + " the creator's team is waiting for an answer.",
                    "Publish with a medical-information label on the two episodes; Trust & Safety reviews each remaining episode before release.", "ruth")
                    .because("Labelling meets our policy and keeps the premiere date; removal is for content that breaks the rules.").due(2),
            t("tomas", "nadia", "misaligned", "medium",
                    "Host-read ads and dynamic ad insertion double-book the same podcast breaks",
                    "Sales sold host-read mid-rolls on shows where the ad server also inserts dynamic ads.",
                    "Host-read ads keep the pre-roll; dynamic insertion takes the mid-rolls only. Ads updates the ad server rules.", "nadia").due(5),
            t("tomas", "henrik", "blocked", "medium",
                    "No approved rate card for video podcast creator payouts",
                    "Creators of video podcasts are paid at the audio rate; three top creators will not renew without a video rate.",
                    "Finance approves an interim rate card: the audio rate plus 20% for video minutes, reviewed at the quarter close.", "henrik")
                    .because("20% covers the creators' added production cost without changing the margin guardrail."),
            t("tomas", "grace", "off-track", "high",
                    "Podcast RSS ingestion lags by up to six hours",
                    "New episodes of daily news shows appear hours late; two publishers have escalated.",
                    "Platform moves RSS ingestion to the new queue cluster this sprint and gives Podcasts an on-call contact meanwhile.", "grace").due(7),
            t("tomas", "sofia", "blocked", "medium",
                    "Exclusive deal for {show} stuck on the music-in-episodes clause",
                    "The creator wants to play full songs in episodes; our label licences do not cover it.",
                    "Accept the clause with a cap: music in episodes is limited to 30-second licensed clips. Legal sends the signed version today.", "sofia").due(0),
            t("tomas", "kenji", "off-track", "low",
                    "Podcast show pages fail the accessibility audit",
                    "The audit found 14 critical issues, mostly missing labels and contrast on show pages.",
                    "Fix the 14 critical issues before the audit re-run; Design owns the checklist.", "kenji").due(10),
            // Audiobooks
            t("priya", "camila", "blocked", "high",
                    "{publisher} catalogue for {market} not ingested: metadata contract unsigned",
                    "About 9,000 titles from {publisher} wait for ingestion; the launch in {market} is announced for the 1st.",
                    "Partnerships signs the metadata contract with the 5% revenue-share cap we already offered; ingestion starts on signature.", "camila").due(3),
            t("priya", "henrik", "misaligned", "high",
                    "Audiobook hours in Premium: Finance and Audiobooks disagree on the monthly allowance",
                    "Audiobooks wants 15 hours a month included in Premium; Finance's model supports 10 without hurting margin.",
                    "Premium includes 12 hours a month, with top-ups at the current price. Finance updates the margin model.", "henrik")
                    .because("12 hours covers the median listener; the cost above that is within this quarter's margin guardrail.").minutes(20),
            t("priya", "lucas", "off-track", "medium",
                    "Audiobook launch campaign in {market} missed its creative deadline",
                    "The agency delivered no local creative; media is booked from Monday.",
                    "Launch with the global creative localised for {market}; the bespoke campaign runs from the second month.", "lucas"),
            t("priya", "grace", "blocked", "medium",
                    "Audiobook downloads over 1 GB fail on older Android phones",
                    "8% of audiobook downloads fail, all on Android 10 and older; reviews are dropping.",
                    "Offline downloads move to chunked transfer; Platform ships the fix in the next app release.", "grace").due(14),
            t("priya", "sofia", "blocked", "low",
                    "Narrator contracts lack consent terms for AI voices",
                    "Two narrators refused to sign because the contract is silent on synthetic voices.",
                    "Use Legal's new narrator addendum for all new contracts from Monday; existing narrators sign it at renewal.", "sofia"),
            t("priya", "nadia", "misaligned", "medium",
                    "Sales pre-sold ad inventory inside audiobooks that does not exist",
                    "Two advertisers were promised placements inside audiobooks; we have never offered them.",
                    "No ads inside audiobooks. Sales offers those advertisers podcast inventory at the same price.", "nadia")
                    .because("Listeners pay for audiobooks; ads inside them break the promise of the product."),
            // Personalization
            t("jonas", "oskar", "blocked", "high",
                    "Recommendation retraining blocked by the missing listening-event schema",
                    "The v3 event schema is not published, so the feature pipeline cannot read the new events.",
                    "Data publishes the v3 event schema as it is; Personalization adapts the feature pipeline to it.", "oskar").due(2),
            t("jonas", "sofia", "blocked", "medium",
                    "Privacy review holds the taste-profile export",
                    "Legal has not signed the privacy review of letting listeners export their taste profile.",
                    "Ship the taste-profile export as opt-in only; Legal signs the privacy review on that basis.", "sofia"),
            t("jonas", "kenji", "misaligned", "medium",
                    "Design and Personalization disagree on how many home shelves to show",
                    "Design wants four shelves for calm; Personalization's tests favour ten.",
                    "Six shelves on first load, more on scroll; Design owns the layout spec.", "kenji"),
            t("jonas", "grace", "off-track", "high",
                    "Home feed p95 latency over 900 ms in {market}",
                    "Sessions in {market} drop 6% when the home feed is slow.",
                    "Platform adds a regional cache in {market}; Personalization trims the candidate set from 500 to 300.", "grace").due(10),
            t("jonas", "elin", "misaligned", "low",
                    "Editors hand-pin tracks that the model then demotes",
                    "Music's pinned tracks slide down within hours, and editors re-pin them by hand.",
                    "Pinned tracks are exempt from model re-ranking for 7 days.", "jonas"),
            t("jonas", "ruth", "blocked", "medium",
                    "Recommendations surface flagged podcast episodes",
                    "Episodes under review by Trust & Safety still appear in personalised mixes.",
                    "Flagged episodes are excluded from recommendations while under review; Personalization ships the filter on Thursday.", "jonas").due(2),
            // Platform
            t("grace", "henrik", "blocked", "high",
                    "Cloud commitment renewal needs sign-off before the discount window closes",
                    "The three-year commitment discount expires on Friday; without it compute costs rise 18%.",
                    "Finance signs the three-year commitment at the negotiated volume; Platform owns the usage forecast behind it.", "henrik").due(3),
            t("grace", "aisha", "blocked", "medium",
                    "Four senior SRE offers stuck in approval",
                    "Candidates have competing offers expiring this week.",
                    "People approves the four offers at the proposed bands today.", "aisha").due(0),
            t("grace", "jonas", "misaligned", "medium",
                    "Two teams building separate feature stores",
                    "Platform and Personalization each staff a feature store; both ask for the same budget.",
                    "One feature store, Platform's. Personalization migrates its pipelines by the end of the quarter.", "grace")
                    .because("Two stores double the on-call load and split the data; Platform's already serves three teams.").minutes(15),
            t("grace", "oskar", "blocked", "medium",
                    "Warehouse migration needs a freeze on schema changes",
                    "Every schema change during the migration restarts the backfill.",
                    "Schema freeze from Monday for two weeks; Data approves any exception.", "oskar"),
            t("grace", "camila", "misaligned", "low",
                    "Partnerships promised {partner} higher API limits than Platform supports",
                    "{partner} expects ten times the standard rate limit from the contract's launch date.",
                    "{partner} gets the standard limits; Partnerships tells them, and Platform offers a paid tier for higher volume.", "camila"),
            // Finance
            t("henrik", "nadia", "off-track", "high",
                    "Ads revenue forecast off by 12% for the quarter",
                    "The board pack goes out in eight days with a forecast nobody believes.",
                    "Ads re-forecasts with the new fill-rate data by Thursday; Finance updates the board pack from it.", "nadia").due(2),
            t("henrik", "priya", "misaligned", "medium",
                    "Audiobook royalty accruals booked two ways",
                    "Audiobooks accrues per title started, Finance per listening hour; the books disagree by 3%.",
                    "Accrue on listening hours, not on titles started; Finance restates the last two months.", "henrik"),
            t("henrik", "camila", "blocked", "medium",
                    "Price increase in {market} needs the partner bundle terms updated",
                    "Bundle partners in {market} have price protection; the increase goes live on the 1st.",
                    "Bundle partners keep the old price for six months; the increase applies to direct subscribers on the 1st.", "camila"),
            t("henrik", "aisha", "misaligned", "low",
                    "Headcount plan and hiring tracker disagree by 23 roles",
                    "Finance plans against one number, recruiters hire against another.",
                    "The hiring tracker is the source of truth; People reconciles the plan to it by Friday.", "aisha").due(3),
            t("henrik", "grace", "off-track", "medium",
                    "Cloud spend for {market} 9% over budget",
                    "Idle staging clusters and an oversized CDN contract explain most of it.",
                    "Platform turns off the idle staging clusters and right-sizes the CDN contract; spend is back on budget within two months.", "grace"),
            // Legal
            t("sofia", "tomas", "blocked", "high",
                    "Defamation claim against an episode of {show}",
                    "A lawyer's letter demands removal of one episode within five days.",
                    "Take the episode down in the claimant's country only, with a note to listeners; Podcasts tells the creator today.", "tomas")
                    .because("Local removal meets the legal risk without silencing the show everywhere.").due(0),
            t("sofia", "ruth", "misaligned", "medium",
                    "Two versions of the content policy are published",
                    "The help centre links an old PDF that contradicts Trust & Safety's current policy.",
                    "Trust & Safety's version stands; Legal removes the old PDF from the help centre.", "ruth"),
            t("sofia", "lucas", "blocked", "medium",
                    "Sweepstakes for the {market} campaign not cleared",
                    "Local sweepstakes law in {market} needs a notary and a registration we cannot get in time.",
                    "Replace the sweepstakes with a guaranteed reward for the first 10,000 sign-ups; Marketing relaunches on Monday.", "lucas"),
            t("sofia", "oskar", "blocked", "medium",
                    "Regulator's data request in {market} due in five days",
                    "The regulator wants a year of listening data by age band; we have not agreed the redactions.",
                    "Data assembles the listening data with Legal's redactions; Sofia submits it on Thursday.", "sofia").due(2),
            // People
            t("aisha", "david", "misaligned", "medium",
                    "Office attendance policy announced differently by two orgs",
                    "Engineering says two days a week, Business says three; people compare notes in the canteen.",
                    "Three office days a week company-wide; each VP tells their org by Friday using People's note.", "aisha")
                    .because("One rule for everyone; three days is what the office capacity plan assumed.").minutes(15),
            t("aisha", "henrik", "blocked", "high",
                    "Salary review budget not released",
                    "Calibration starts on Monday and managers have no budget to calibrate against.",
                    "Finance releases a 3.5% merit budget; People runs the calibration on the published timeline.", "henrik").due(2),
            t("aisha", "grace", "off-track", "low",
                    "Engineers take 19 days to their first commit",
                    "New engineers wait for laptops, access and a working dev environment.",
                    "Platform gives new hires pre-built dev environments; the target is 5 days to first commit.", "grace"),
            t("aisha", "elin", "off-track", "low",
                    "Music org's engagement survey participation at 41%",
                    "The company average is 78%; the results for Music are not representative.",
                    "Elin shares the results with the team on Friday; People reruns the pulse survey in six weeks.", "elin"),
            // Marketing
            t("lucas", "elin", "blocked", "medium",
                    "Year-in-review campaign waits for artist approvals",
                    "Eleven of the forty featured artists have not approved their clips.",
                    "Use the artists already approved; Music replaces the missing ones with editorial picks.", "elin").due(4),
            t("lucas", "kenji", "misaligned", "medium",
                    "Brand refresh: two logo lockups in circulation",
                    "Agencies use lockup A, the apps use lockup B.",
                    "Design's lockup B ships everywhere; Marketing pulls lockup A from all live assets.", "kenji"),
            t("lucas", "sofia", "blocked", "high",
                    "TV spot in {market} waits for music clearance",
                    "The spot airs in nine days; the publisher of the track has not answered.",
                    "Swap the track for one from our pre-cleared library; the spot airs as booked.", "lucas").due(2),
            t("lucas", "oskar", "off-track", "low",
                    "Campaign attribution dashboard broken since the tracking change",
                    "Marketing cannot tell which channels drove last month's sign-ups.",
                    "Data restores the old attribution tables for the campaign period; the new model goes live on the 1st.", "oskar"),
            t("lucas", "tomas", "misaligned", "medium",
                    "Podcast launch dates clash with the brand campaign",
                    "Two big show launches land in the same week as the brand campaign and split the media budget.",
                    "The brand campaign keeps its dates; Podcasts moves the two show launches by seven days.", "tomas"),
            // Ads & Sales
            t("nadia", "jonas", "misaligned", "high",
                    "Advertiser wants sponsored tracks inside personalised playlists",
                    "A top-10 advertiser asks for paid placement inside Discover-style playlists; Personalization says it"
                            + " breaks trust in recommendations.",
                    "No paid placement inside personalised playlists; Ads offers the advertiser a sponsored shelf on home.", "nadia")
                    .because("Trust in recommendations is the product; the shelf gives the advertiser reach without spending it.").minutes(20),
            t("nadia", "grace", "blocked", "medium",
                    "Ad server migration blocks the self-serve launch in {market}",
                    "Self-serve ads in {market} were promised to agencies for the 1st; the new ad server is not ready.",
                    "Launch self-serve in {market} on the old ad server; the migration continues in parallel.", "nadia"),
            t("nadia", "henrik", "blocked", "low",
                    "Agency credit terms need Finance approval",
                    "Five agencies ask for 60-day payment terms before signing annual deals.",
                    "Approve 60-day terms for the top five agencies only; the others stay at 30.", "henrik"),
            t("nadia", "sofia", "blocked", "high",
                    "Political ad policy for the elections in {market} not approved",
                    "Orders are coming in and we have no policy for political ads in {market}.",
                    "No political ads in {market} this election cycle; Ads rejects the pending orders today.", "nadia")
                    .because("We cannot verify advertisers in time; saying no is cheaper than getting it wrong.").due(0),
            // Design
            t("kenji", "grace", "off-track", "medium",
                    "Design system components out of sync between iOS and Android",
                    "The same button has three implementations; every design change costs twice.",
                    "Platform's client team owns one shared component library; both apps adopt it from the next release.", "grace"),
            t("kenji", "priya", "misaligned", "low",
                    "Audiobook player redesign conflicts with the music player",
                    "Audiobooks built its own player; listeners switching content see two different controls.",
                    "One player, with chapter controls shown only for audiobooks; Design ships the spec on Friday.", "kenji").due(3),
            t("kenji", "aisha", "blocked", "medium",
                    "User research panel frozen by the hiring freeze",
                    "Paying research participants was booked as headcount spend.",
                    "Research participants are not headcount: People exempts the panel budget from the freeze.", "aisha"),
            t("kenji", "jonas", "off-track", "medium",
                    "Home redesign A/B test running against the wrong control",
                    "The control group got half of the new design; two weeks of data are unusable.",
                    "Stop the test, fix the control and restart on Monday with a fresh sample.", "jonas"),
            // Data & Insights
            t("oskar", "sofia", "blocked", "high",
                    "Data retention policy unsigned; deletion jobs paused",
                    "Deletion jobs have been paused for three weeks while the policy waits for signature.",
                    "Sign the 25-month retention policy; Data resumes the deletion jobs on Monday.", "sofia").due(4),
            t("oskar", "grace", "off-track", "medium",
                    "Nightly listening aggregates miss the 06:00 deadline",
                    "Morning dashboards show yesterday-but-one four days out of five.",
                    "Platform adds warehouse capacity for the nightly window; Data moves two heavy jobs to the afternoon.", "grace"),
            t("oskar", "nadia", "misaligned", "medium",
                    "Ads and Data report different monthly active users",
                    "The ads deck says 212 million MAU, the investor deck 198 million.",
                    "Data's MAU definition is the company number; Ads labels its own figure 'ad-reachable users'.", "oskar"),
            t("oskar", "aisha", "blocked", "low",
                    "Data science hiring loop has no interviewer pool",
                    "Six candidates wait for interviews because only two people are trained to run them.",
                    "Each product VP nominates two interviewers; People runs the interviewer training on Friday.", "aisha"),
            // Partnerships
            t("camila", "grace", "blocked", "high",
                    "In-car app for {carmaker} fails certification on login",
                    "The login flow needs a phone, which {carmaker}'s certification forbids; their deadline is in ten days.",
                    "Platform builds device-code login for cars this sprint; Partnerships books the re-test with {carmaker}.", "grace").due(10),
            t("camila", "henrik", "misaligned", "medium",
                    "Telco bundle with {telco} in {market}: revenue share above the approved ceiling",
                    "{telco} asks for 30% revenue share; our ceiling is 25%.",
                    "Accept 30% revenue share for two years with {telco}; Finance records the exception against the ceiling.", "henrik")
                    .because("Telco bundles bring 40% of new subscribers in {market}."),
            t("camila", "kenji", "off-track", "low",
                    "{partner} asks for custom branding inside the app",
                    "{partner} wants its logo on the now-playing screen.",
                    "Standard partner branding only; Design sends {partner} the partner kit.", "kenji"),
            t("camila", "sofia", "blocked", "medium",
                    "Festival partnership contract stuck on image rights",
                    "The festival wants perpetual rights to use our artists' images.",
                    "Sign with image rights limited to festival promotion for 12 months.", "sofia"),
            // Trust & Safety
            t("ruth", "grace", "blocked", "high",
                    "Automated takedown tool down after the platform upgrade",
                    "Reports pile up: 4,000 unreviewed in two days.",
                    "Platform rolls back the upgrade on the moderation cluster today; Trust & Safety reviews by hand until it is back.", "grace").due(0),
            t("ruth", "tomas", "misaligned", "medium",
                    "Podcast creators appeal through two different forms",
                    "Appeals sent through the Podcasts form never reach Trust & Safety.",
                    "One appeal form, Trust & Safety's; Podcasts removes its form from the creator portal.", "tomas"),
            t("ruth", "aisha", "blocked", "medium",
                    "Moderator wellbeing programme unfunded for the half",
                    "The counselling contract ends this month.",
                    "People funds the wellbeing programme from the learning budget for the half year.", "aisha"),
            t("ruth", "lucas", "misaligned", "low",
                    "Campaign line 'uncensored' conflicts with the content policy",
                    "Marketing's new line for {market} promises 'uncensored podcasts'.",
                    "Drop the word 'uncensored'; Marketing uses the approved alternative line in {market}.", "lucas"),
            // More of the same areas, so twelve weeks do not repeat themselves
            t("elin", "sofia", "blocked", "high",
                    "{artist}'s surprise album needs release-day clearance",
                    "{artist}'s label wants the album live at midnight on Friday; two samples on it are not cleared in every market.",
                    "Release in every market where the samples are cleared; Legal clears the rest within the month and Music adds them as they land.", "sofia").due(5),
            t("elin", "lucas", "misaligned", "medium",
                    "Marketing and Music push different singles from {artist}'s album",
                    "Music's editorial plan features one single, the paid campaign another; the label is confused.",
                    "Music picks the focus single; Marketing moves its spend to it from Monday.", "lucas"),
            t("elin", "grace", "off-track", "medium",
                    "Search shows covers before the originals for {artist}",
                    "Searches for {artist}'s hits return karaoke and cover versions first; the label noticed.",
                    "Platform boosts verified-artist originals in search ranking this sprint; Music sends the list of affected artists.", "grace").due(7),
            t("elin", "nadia", "blocked", "low",
                    "Label asks for ad-free listening during {artist}'s launch week",
                    "The label says ads between tracks hurt the album's first-week experience on the free tier.",
                    "No ad-free exception: Ads caps ad frequency on {artist}'s album pages during launch week instead.", "nadia"),
            t("tomas", "camila", "blocked", "medium",
                    "Distribution deal for {show} lapses at month end",
                    "The creator's agent asks for exclusivity money we have not budgeted.",
                    "Renew {show} for a year on current terms, without exclusivity.", "camila").due(6),
            t("tomas", "oskar", "off-track", "low",
                    "Podcast charts in {market} computed from a stale sample",
                    "Creators in {market} complain that the charts ignore their recent growth.",
                    "Data switches the {market} charts to full listening data from Monday's chart.", "oskar"),
            t("tomas", "henrik", "misaligned", "medium",
                    "Video podcast studio: Finance cut the budget, Podcasts already booked it",
                    "Six shows have studio time booked through June.",
                    "Keep the studio for the booked shows through June; no new bookings without Finance's approval.", "henrik"),
            t("priya", "camila", "blocked", "medium",
                    "{publisher} withholds its new titles over the pricing model",
                    "{publisher} wants per-title pricing; our model pays per listening hour.",
                    "Offer {publisher} the per-hour model with a minimum guarantee; Partnerships presents it on Wednesday.", "camila"),
            t("priya", "kenji", "off-track", "low",
                    "Audiobook chapter navigation fails the accessibility review",
                    "Screen readers cannot reach the chapter list.",
                    "Design ships the accessible chapter list in the coming release; Audiobooks adds a note to the help centre.", "kenji"),
            t("priya", "oskar", "blocked", "medium",
                    "Audiobook completion data missing for {market}",
                    "Publishers in {market} are paid on completion; we cannot compute this month's statements.",
                    "Data backfills the {market} completion events from the raw logs by Friday.", "oskar").due(3),
            t("jonas", "nadia", "misaligned", "medium",
                    "Ads wants to target with listeners' taste profiles",
                    "Ads asks for track-level listening history to build targeting segments.",
                    "Ads may use genre-level taste only, never track-level history; Personalization exposes the genre API.", "jonas")
                    .because("Listeners agreed to taste profiles for recommendations, not for ads."),
            t("jonas", "camila", "blocked", "low",
                    "{partner} integration sends no listening context",
                    "Without context (car, gym, speaker) recommendations on {partner} devices are generic.",
                    "Partnerships puts the context fields in {partner}'s integration spec as a condition of certification.", "camila"),
            t("jonas", "priya", "misaligned", "low",
                    "Audiobook recommendations shown in {market}, where the audiobook plan is not sold",
                    "Listeners in {market} tap audiobook recommendations and hit a paywall they cannot pass.",
                    "Only show audiobook recommendations where the plan is sold; Personalization filters by market from Thursday.", "jonas"),
            t("grace", "ruth", "blocked", "medium",
                    "Rate limits block Trust & Safety's own review tools",
                    "The abuse reports API throttles Trust & Safety's bulk review tool during incidents.",
                    "Trust & Safety's tools get an internal quota without rate limits; Platform issues the credentials today.", "grace").due(0),
            t("grace", "sofia", "blocked", "medium",
                    "Data residency in {market} needs Legal's reading before the region launch",
                    "The new {market} region is ready; we do not know which data must stay in the country.",
                    "Store {market} listener data in-region from launch; Legal signs the residency note on that basis.", "sofia"),
            t("grace", "henrik", "off-track", "high",
                    "CDN outage in {market}: no budget for a second provider",
                    "A four-hour CDN outage in {market} stopped playback for 2 million listeners.",
                    "Finance funds a second CDN for {market} and the two largest markets; Platform runs the failover test within a month.", "henrik")
                    .because("One outage costs more in churn than a year of the second provider."),
            t("henrik", "tomas", "off-track", "medium",
                    "Podcast content spend 15% ahead of plan",
                    "Three exclusive deals signed this quarter were not in the plan.",
                    "No new podcast deals above 250k for the rest of the quarter without both chairs' sign-off.", "tomas"),
            t("henrik", "sofia", "blocked", "medium",
                    "VAT treatment of family plans in {market} unclear",
                    "The tax adviser and the local counsel disagree; invoices go out on the 1st.",
                    "Apply the standard rate to family plans in {market}; Legal files the ruling request in parallel.", "henrik"),
            t("henrik", "lucas", "misaligned", "low",
                    "Agency fees booked in the wrong cost centre",
                    "Marketing's agency fees land in Finance's overhead, so both budgets are wrong.",
                    "Agency fees go to Marketing's media cost centre from this month; Finance moves the last quarter's entries.", "lucas"),
            t("sofia", "camila", "blocked", "high",
                    "{label} renewal stuck on a most-favoured-nation clause",
                    "{label} wants any better term we give another label.",
                    "Accept the clause for per-stream rates only, not marketing commitments; Partnerships sends our redline today.", "camila").due(0),
            t("sofia", "aisha", "misaligned", "low",
                    "Contractors in {market} at risk of reclassification",
                    "Four contractors in {market} have worked full time for us for over two years.",
                    "Convert the four long-term contractors in {market} to employees through our employer of record.", "aisha"),
            t("aisha", "kenji", "blocked", "low",
                    "Design leadership role vacant for three months",
                    "Two design teams have no manager; reviews are overdue.",
                    "Promote from within: Kenji names the interim lead on Friday and People opens the role to internal candidates only.", "kenji"),
            t("aisha", "david", "misaligned", "medium",
                    "Two orgs promise different parental leave in {market}",
                    "Business told new hires in {market} the statutory minimum; Product told them the global policy.",
                    "The global policy applies in {market}: 26 weeks fully paid. People updates the local handbook.", "aisha"),
            t("lucas", "nadia", "misaligned", "medium",
                    "Free-tier ads promote a competitor's podcast app",
                    "A competitor bought audio ads that run between our own tracks.",
                    "Ads blocks competing audio services in its ad categories from today.", "nadia").due(0),
            t("lucas", "henrik", "blocked", "medium",
                    "Brand campaign in {market} waits for its budget",
                    "Media must be booked by Friday or the slots go to other advertisers.",
                    "Finance releases 60% of the {market} campaign budget now; the rest depends on the first month's sign-ups.", "henrik"),
            t("nadia", "oskar", "blocked", "medium",
                    "Advertisers in {market} ask for audited reach numbers",
                    "Two agencies in {market} will not renew without third-party measurement.",
                    "Data gives the measurement partner read access to the {market} ad logs; the audit starts on the 1st.", "oskar"),
            t("nadia", "kenji", "misaligned", "low",
                    "Sponsored shelf design rejected by design review",
                    "Advertisers want brand colours across the shelf; Design says it looks like an ad takeover.",
                    "Ship the sponsored shelf with the 'Sponsored' label on top and brand colour only in the artwork.", "kenji"),
            t("kenji", "lucas", "misaligned", "medium",
                    "App store screenshots in {market} show the old design",
                    "The redesign shipped a month ago; store conversion in {market} fell 4%.",
                    "Marketing replaces the {market} screenshots with Design's new set before the campaign starts.", "lucas"),
            t("oskar", "jonas", "blocked", "medium",
                    "Experimentation platform double-counts sessions",
                    "Every home-feed experiment since the SDK update overstates its effect.",
                    "No new home-feed experiments start before Data's fix ships on Thursday; running ones continue and are re-read after.", "oskar"),
            t("camila", "ruth", "blocked", "medium",
                    "{partner} wants content moderation guarantees in the contract",
                    "{partner} asks for a 1-hour takedown commitment for anything shown on its devices.",
                    "Offer our standard moderation commitments; no bespoke takedown terms for {partner}.", "camila"),
            t("camila", "tomas", "misaligned", "medium",
                    "{telco} bundle wants an exclusive podcast",
                    "{telco} asks for {show} to be exclusive to its bundle subscribers.",
                    "No exclusives for bundles: {telco} gets a three-month early window on {show} instead.", "tomas"),
            t("ruth", "jonas", "blocked", "high",
                    "Autoplay leads teen accounts to self-harm content",
                    "A researcher showed autoplay moving from study playlists to self-harm podcasts within an hour.",
                    "Autoplay excludes flagged wellbeing topics for under-18 accounts from today; Personalization ships the filter tonight.", "jonas")
                    .because("Safety of young listeners comes before session length.").due(0),
            t("ruth", "oskar", "blocked", "medium",
                    "Transparency report lacks takedown numbers for {market}",
                    "The {market} moderation logs were not in the warehouse migration.",
                    "Data delivers the {market} takedown counts by Friday; the report publishes on schedule.", "oskar").due(3),
            t("david", "lucas", "off-track", "high",
                    "Subscriber growth in {market} 20% behind plan",
                    "Trials convert at half the rate of comparable markets.",
                    "Cut the student price in {market} by 30% and bring two campaign weeks forward; Lucas reports the effect at the month close.", "lucas")
                    .because("Students are half of the trials in {market} and the most price-sensitive group."),
            t("maja", "oskar", "misaligned", "medium",
                    "Three teams define 'active listener' differently in their OKRs",
                    "Music, Podcasts and Personalization report progress against three different numbers.",
                    "Data's definition is used in every OKR from this quarter; each VP restates their target by Friday.", "oskar").due(3),
            // The chairs raise too
            t("maja", "grace", "off-track", "high",
                    "Android crash rate doubled after the last release",
                    "Crash-free sessions fell from 99.6% to 99.1%; store rating is down to 4.3.",
                    "Roll back the release on Android; Platform owns the fix and adds a crash gate to the release checklist.", "grace").due(2),
            t("david", "lucas", "misaligned", "medium",
                    "Two different prices in {market} marketing",
                    "The price page and a live banner in {market} show different Premium prices.",
                    "The price page is the only source; Marketing pulls the banner with the old price today.", "lucas").due(1));

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
            for (int cooldown = COOLDOWN; ; cooldown /= 2) {
                var eligible = eligible(cooldown);
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

    private static Template t(String raiser, String blocking, String kind, String impact, String title, String detail,
                              String decision, String owner) {
        return new Template(raiser, blocking, kind, impact, null, title, detail, decision, owner, null, null);
    }
}
