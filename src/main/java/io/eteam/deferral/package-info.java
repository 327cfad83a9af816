/// The deferral rule: nothing is taken offline. Tells a decision text from one that puts the
/// decision off, quoting the words that defer and saying how to make it a decision.
///
/// DEF-1 — every resolution's decision, every withdrawal's reason and every imported decision is
///         checked by `DeferralCheck`; a deferral is refused with 422 `deferral_rejected` in one
///         sentence that quotes the words and says "name who does what by when".
/// DEF-2 — blank text (nothing but spaces, punctuation and symbols) is not a decision either; it is
///         refused as missing (400), not as a deferral.
/// DEF-3 — anyone signed in may check a text (`POST /api/v1/deferral-check`, `eteam check`) and
///         hear the verdict, the quoted words and the hint; nothing is written.
package io.eteam.deferral;
