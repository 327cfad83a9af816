/// The operator's commands, run on the server's machine rather than against its API: `serve`
/// (run the server), `init` (the first chair of a new installation) and `restore` (a backup
/// back into a stopped installation's database), with the plain sentences they answer failures in.
package io.eteam.operator;
