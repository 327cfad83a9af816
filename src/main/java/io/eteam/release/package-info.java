/// What the release archive (`target/eteam-VERSION.tar.gz`, see src/release) carries besides
/// the jar: the man pages and the shell completion scripts, written at build time from the same
/// command tree that `eteam --help` prints, so they can never describe another version.
package io.eteam.release;
