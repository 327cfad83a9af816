/// Refusals shared by every feature. A feature throws a {@link io.eteam.problem.Problem};
/// the web layer turns it into `{"error": CODE, "message": TEXT}` with its status, once.
package io.eteam.problem;
