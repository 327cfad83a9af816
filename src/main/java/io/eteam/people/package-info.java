/// People, roles and API tokens.
///
/// PPL-1 — `init` makes the first chair and is refused once anyone exists.
/// PPL-2 — only a chair adds people; a handle is `[a-z0-9-]{2,32}` and unique.
/// PPL-3 — a token is 256 random bits, shown once, stored only as a SHA-256 hash and compared
///         in constant time; a new token for a person replaces their earlier ones.
/// PPL-4 — a deactivated person's tokens stop working at once (they are deleted, and
///         authentication also requires the person to be active).
/// Roles are checked here, in the service, not only at the HTTP edge.
package io.eteam.people;
