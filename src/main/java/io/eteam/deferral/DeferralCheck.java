package io.eteam.deferral;

/// Tells a decision from a deferral (D1): every resolution's decision, every withdrawal's reason
/// and every imported decision goes through `check`, and so does the check as you type.
public final class DeferralCheck {

    /// How a deferral is made a decision, said after why the words defer.
    static final String HOW = "Record what was decided and name who does what by when.";

    /// Reads `text`; blank text reads as a decision (refusing it is `isBlank`'s job).
    public Verdict check(String text) {
        return Deferral.find(text)
                .map(found -> new Verdict(true, found.phrase(), Deferral.why(found) + ". " + HOW, 1.0))
                .orElseGet(() -> Verdict.decision(0.0));
    }

    /// True when there is nothing to read: null, empty, or only spaces, punctuation and symbols.
    public static boolean isBlank(String text) {
        return Deferral.isBlank(text);
    }
}
