/// The command-line client. It talks to the server over HTTP only and loads none of the
/// server's classes (Javalin, Jetty, H2, jOOQ, Flyway), so a VP waits for the network,
/// not for the JVM. Exit codes live in `Exit`; errors are one sentence on stderr.
package io.eteam.cli;
