package io.eteam.blocker;

/// Why a blocker is no longer one ("we unblocked ourselves").
public record Withdraw(String reason, String overrule) {
}
