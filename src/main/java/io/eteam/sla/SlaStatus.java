package io.eteam.sla;

import com.fasterxml.jackson.annotation.JsonValue;

/// Where a blocker stands against the SLA target: rules SLA-3–SLA-4 in `package-info.java`.
public enum SlaStatus {
    /// closed within target
    MET,
    /// closed past the target, or open and past it
    BREACHED,
    /// open and within target, but the target falls before the next meeting ends
    AT_RISK,
    /// open, and the next meeting ends before the target falls
    OPEN;

    /// Kept rather than lowercased per call: a report writes one per row.
    private final String wire = name().toLowerCase();

    @JsonValue
    public String wire() {
        return wire;
    }
}
