/// Blockers: what stops a team, from raised to closed, with the history of every change.
///
/// B1 — only VPs and chairs raise blockers; a member is refused with 403.
/// B2 — the raiser or a chair edits an open blocker; closed blockers are not edited (409).
/// B3 — `blocking` names an active VP or chair.
/// Field rules: title 1–200 characters, detail ≤ 4000, kind blocked|misaligned|off-track,
/// impact high|medium|low (default medium), minutes 5–60 (default by impact 15/10/5).
/// Every change is written to `blocker_event` in the same transaction as the change itself.
package io.eteam.blocker;
