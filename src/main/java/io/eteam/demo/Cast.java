package io.eteam.demo;

import java.util.List;

/// The demo's E-Team at Cadenza, a fictional music and audio streaming company: two
/// co-presidents, fourteen VPs and two of their direct reports. All names are invented.
final class Cast {

    /// One person of the cast, as `people add` takes them.
    record Part(String handle, String name, String role, String team) {
    }

    /// The chair who runs `init`; the first of [#CHAIRS].
    static final String FIRST_CHAIR = "maja";

    /// The people whose tokens the demo prints.
    static final String SHOWN_CHAIR = "maja";
    static final String SHOWN_VP = "elin";
    static final String SHOWN_MEMBER = "linnea";

    static final List<Part> CHAIRS = List.of(
            new Part("maja", "Maja Lindqvist", "chair", "Co-president, Product & Technology"),
            new Part("david", "David Okafor", "chair", "Co-president, Business"));

    static final List<Part> VPS = List.of(
            new Part("elin", "Elin Berg", "vp", "Music"),
            new Part("tomas", "Tomás Herrera", "vp", "Podcasts"),
            new Part("priya", "Priya Natarajan", "vp", "Audiobooks"),
            new Part("jonas", "Jonas Wikström", "vp", "Personalization"),
            new Part("grace", "Grace Adeyemi", "vp", "Platform"),
            new Part("henrik", "Henrik Sjöberg", "vp", "Finance"),
            new Part("sofia", "Sofia Marino", "vp", "Legal"),
            new Part("aisha", "Aisha Rahman", "vp", "People"),
            new Part("lucas", "Lucas Moreau", "vp", "Marketing"),
            new Part("nadia", "Nadia Kowalski", "vp", "Ads & Sales"),
            new Part("kenji", "Kenji Watanabe", "vp", "Design"),
            new Part("oskar", "Oskar Nyström", "vp", "Data & Insights"),
            new Part("camila", "Camila Reyes", "vp", "Partnerships"),
            new Part("ruth", "Ruth Mensah", "vp", "Trust & Safety"));

    /// Direct reports: they read everything, and now and then try to sit in for their VP.
    static final List<Part> MEMBERS = List.of(
            new Part("linnea", "Linnea Holm", "member", "Music"),
            new Part("marcus", "Marcus Bell", "member", "Platform"));

    private Cast() {
    }

    static Part find(String handle) {
        return java.util.stream.Stream.of(CHAIRS, VPS, MEMBERS)
                .flatMap(List::stream)
                .filter(r -> r.handle().equals(handle))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No one in the demo cast is called " + handle));
    }
}
