package io.eteam.deferral;

/// What the deferral check says of one decision text: whether it defers, the words that make
/// it a deferral as the person wrote them, how to make it a decision, and a score from 0 (a
/// decision) to 1 (a deferral). `phrase` and `hint` are null for a decision.
public record Verdict(boolean deferral, String phrase, String hint, double score) {

    /// A text that decides.
    static Verdict decision(double score) {
        return new Verdict(false, null, null, score);
    }

    /// The one sentence a refused person reads: the words quoted, why, and what to write instead.
    public String message() {
        return "'" + phrase + "' is not a decision: " + hint;
    }
}
