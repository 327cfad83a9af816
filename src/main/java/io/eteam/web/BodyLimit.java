package io.eteam.web;

/// The most a request may send, with the sentence that refuses more: one place for each figure.
enum BodyLimit {

    /// Every JSON body and form.
    JSON(64 * 1024, "The request body is larger than 64 KiB."),

    /// A CSV import of history, which may be larger.
    IMPORT(16 * 1024 * 1024, "The file is larger than 16 MiB; split it and import the parts.");

    static final String IMPORT_PATH = "/api/v1/blockers/import";

    final int bytes;
    final String refusal;

    BodyLimit(int bytes, String refusal) {
        this.bytes = bytes;
        this.refusal = refusal;
    }

    /// The limit of a request to `path`.
    static BodyLimit of(String path) {
        return IMPORT_PATH.equals(path) ? IMPORT : JSON;
    }
}
