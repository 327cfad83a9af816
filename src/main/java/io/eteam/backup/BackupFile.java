package io.eteam.backup;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.eteam.problem.Problem;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/// The backup file: gzip-compressed JSON lines, read and written one line at a time so that
/// neither side holds a table in memory. The layout is in package-info (BAK-2).
public final class BackupFile {

    public static final String FORMAT = "eteam-backup";
    public static final int FORMAT_VERSION = 1;

    /// Decimals keep their scale (a target of 2.50 days stays 2.50).
    static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    /// One table: its name, its columns in the order each row lists them, and how many rows follow.
    public record Table(String name, List<String> columns, long rows) {
    }

    /// The first line: what the file is and what it holds.
    public record Header(int formatVersion, String schemaVersion, String createdAt, String database, List<Table> tables) {

        public long rows() {
            return tables.stream().mapToLong(Table::rows).sum();
        }
    }

    private BackupFile() {
    }

    /// Reads the whole file once, checking its structure (every section, every row count, the
    /// closing line, the gzip checksum) without reading the rows' values: `eteam restore` does
    /// this before it opens the database, so a damaged or cut-off file changes nothing.
    public static Header check(Path file) {
        try (var reader = Reader.open(file)) {
            while (reader.nextTable() != null) {
                while (reader.skipRow()) {
                    // counted by the reader
                }
            }
            reader.finish();
            return reader.header();
        }
    }

    /// Writes a backup to a stream: the header, then each table's section, then the closing line.
    public static final class Writer implements Closeable {

        private final GZIPOutputStream gzip;
        private final JsonGenerator json;
        private long rows;

        public Writer(OutputStream out) {
            try {
                this.gzip = new GZIPOutputStream(out, 64 * 1024);
                this.json = JSON.getFactory().createGenerator(gzip)
                        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                        .setPrettyPrinter(new MinimalPrettyPrinter("\n"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void header(Header header) {
            var node = JSON.createObjectNode()
                    .put("format", FORMAT)
                    .put("format_version", header.formatVersion())
                    .put("schema_version", header.schemaVersion())
                    .put("created_at", header.createdAt())
                    .put("database", header.database());
            var tables = node.putArray("tables");
            for (var table : header.tables()) {
                var t = tables.addObject().put("name", table.name());
                table.columns().forEach(t.putArray("columns")::add);
                t.put("rows", table.rows());
            }
            write(node);
        }

        public void table(Table table) {
            write(JSON.createObjectNode().put("table", table.name()).put("rows", table.rows()));
        }

        public void row(Object[] values) {
            try {
                json.writeStartArray();
                for (var value : values) {
                    BackupValues.write(json, value);
                }
                json.writeEndArray();
                rows++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /// The closing line: its absence is how a reader knows the file was cut off.
        public void end() {
            write(JSON.createObjectNode().put("end", FORMAT).put("rows", rows));
            try {
                json.writeRaw('\n');
                json.flush();
                gzip.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void write(JsonNode node) {
            try {
                json.writeTree(node);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                json.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /// Reads a backup line by line. Every way a file can be wrong (not gzip, damaged, cut off,
    /// a section or row out of place) is refused as invalid input naming the file and the line.
    public static final class Reader implements Closeable {

        private final String name;
        private final BufferedReader lines;
        private final Header header;
        private long line;
        private int section = -1;
        private Table current;
        private long rowsInSection;
        private long rows;

        private Reader(String name, BufferedReader lines) {
            this.name = name;
            this.lines = lines;
            this.header = readHeader();
        }

        public static Reader open(Path file) {
            InputStream in;
            try {
                in = Files.newInputStream(file);
            } catch (NoSuchFileException e) {
                throw Problem.invalid("file", "There is no file " + file + ".");
            } catch (IOException e) {
                throw Problem.invalid("file", "Cannot read " + file + ": " + e.getMessage());
            }
            try {
                var gzip = new GZIPInputStream(in, 64 * 1024);
                return new Reader(file.getFileName().toString(),
                        new BufferedReader(new InputStreamReader(gzip, StandardCharsets.UTF_8), 64 * 1024));
            } catch (IOException e) {
                close(in);
                throw Problem.invalid("file", file + " is not an eteam backup: it is not gzip-compressed.");
            } catch (RuntimeException e) {
                close(in);
                throw e;
            }
        }

        public Header header() {
            return header;
        }

        /// The line last read, counting the header as line 1.
        public long line() {
            return line;
        }

        /// The next table's section, or null when the closing line follows.
        public Table nextTable() {
            if (current != null && rowsInSection != current.rows()) {
                throw bad("table " + current.name() + " has " + rowsInSection + " rows, not the " + current.rows() + " its header says");
            }
            if (section + 1 == header.tables().size()) {
                current = null;
                return null;
            }
            section++;
            var expected = header.tables().get(section);
            var node = parse(next("the section of table " + expected.name()));
            if (!node.isObject() || !expected.name().equals(node.path("table").asText(null))
                    || node.path("rows").asLong(-1) != expected.rows()) {
                throw bad("the section of table " + expected.name() + " with " + expected.rows() + " rows should begin here");
            }
            current = expected;
            rowsInSection = 0;
            return current;
        }

        /// The current table's next row, one value per column, or null after its last.
        public JsonNode nextRow() {
            if (rowsInSection == current.rows()) {
                return null;
            }
            var node = parse(next("row " + (rowsInSection + 1) + " of table " + current.name()));
            if (!node.isArray() || node.size() != current.columns().size()) {
                throw bad("a row of table " + current.name() + " must be a list of " + current.columns().size() + " values");
            }
            rowsInSection++;
            rows++;
            return node;
        }

        /// Like `nextRow`, without reading the row's values; false after the table's last row.
        boolean skipRow() {
            if (rowsInSection == current.rows()) {
                return false;
            }
            var text = next("row " + (rowsInSection + 1) + " of table " + current.name());
            if (!text.startsWith("[") || !text.endsWith("]")) {
                throw bad("a row of table " + current.name() + " must be a list of values");
            }
            rowsInSection++;
            rows++;
            return true;
        }

        /// Reads the closing line and checks that nothing follows it.
        public void finish() {
            if (current != null) {
                nextTable();
                if (current != null) {
                    throw bad("table " + current.name() + " was not read to its end");
                }
            }
            var node = parse(next("the closing line"));
            if (!FORMAT.equals(node.path("end").asText(null)) || node.path("rows").asLong(-1) != rows) {
                throw bad("the closing line should say " + rows + " rows");
            }
            try {
                if (lines.readLine() != null) {
                    throw bad("nothing may follow the closing line");
                }
            } catch (IOException e) {
                throw damaged(e);
            }
        }

        private Header readHeader() {
            var node = parse(next("the header"));
            if (!node.isObject() || !FORMAT.equals(node.path("format").asText(null))) {
                throw Problem.invalid("file", name + " is not an eteam backup: its first line does not say \"format\": \"" + FORMAT + "\".");
            }
            int version = node.path("format_version").asInt(-1);
            if (version != FORMAT_VERSION) {
                throw Problem.invalid("file", name + " is a backup in format " + node.path("format_version")
                        + ", which this eteam cannot read (it reads format " + FORMAT_VERSION + "); use a newer eteam.");
            }
            var schema = node.path("schema_version").asText("");
            if (schema.isEmpty() || !node.path("tables").isArray()) {
                throw bad("the header must name the schema version and the tables");
            }
            var tables = new ArrayList<Table>();
            for (var t : node.path("tables")) {
                var tableName = t.path("name").asText("");
                var columns = new ArrayList<String>();
                t.path("columns").forEach(c -> columns.add(c.asText()));
                long count = t.path("rows").asLong(-1);
                if (tableName.isEmpty() || columns.isEmpty() || count < 0) {
                    throw bad("every table in the header needs a name, its columns and its row count");
                }
                tables.add(new Table(tableName, List.copyOf(columns), count));
            }
            return new Header(version, schema, node.path("created_at").asText(""), node.path("database").asText(""), List.copyOf(tables));
        }

        private String next(String what) {
            try {
                var text = lines.readLine();
                if (text == null) {
                    throw Problem.invalid("file", name + " is cut off: it ends before " + what + " (after line " + line + ").");
                }
                line++;
                return text;
            } catch (IOException e) {
                throw damaged(e);
            }
        }

        private JsonNode parse(String text) {
            try {
                return JSON.readTree(text);
            } catch (IOException e) {
                throw bad("this is not a JSON line");
            }
        }

        private Problem damaged(IOException e) {
            return Problem.invalid("file", name + " is damaged or cut off after line " + line + " (" + e.getMessage() + ").");
        }

        /// The file is wrong at the current line.
        Problem bad(String what) {
            return Problem.invalid("file", name + ", line " + line + ": " + what + ".");
        }

        @Override
        public void close() {
            close(lines);
        }

        private static void close(Closeable closeable) {
            try {
                closeable.close();
            } catch (IOException e) {
                // Only reading: nothing to lose.
            }
        }
    }
}
