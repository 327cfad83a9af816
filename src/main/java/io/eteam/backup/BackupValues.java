package io.eteam.backup;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/// A column value in a backup's JSON and back, by the column's Java type (BAK-2): numbers and
/// booleans as JSON's own, times and dates as ISO-8601 text, bytes as base64. A type not
/// listed here is refused when the backup is taken, so a new kind of column cannot slip out
/// of backups unnoticed (the round-trip test covers every column).
final class BackupValues {

    private BackupValues() {
    }

    static void write(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String s) {
            json.writeString(s);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof BigDecimal d) {
            json.writeNumber(d);
        } else if (value instanceof BigInteger i) {
            json.writeNumber(i);
        } else if (value instanceof Double || value instanceof Float) {
            json.writeNumber(((Number) value).doubleValue());
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof LocalDate || value instanceof LocalTime || value instanceof LocalDateTime
                || value instanceof Instant || value instanceof UUID) {
            json.writeString(value.toString());
        } else if (value instanceof byte[] bytes) {
            json.writeBinary(bytes);
        } else {
            throw new IllegalStateException("eteam cannot back up a column of type " + value.getClass().getName()
                    + "; teach io.eteam.backup.BackupValues that type.");
        }
    }

    /// The value of `node` for a column of `type`; an `IllegalArgumentException` says why not.
    /// A null `type` (a column this build does not know) takes the JSON value as it is.
    static Object read(JsonNode node, Class<?> type) {
        if (node.isNull()) {
            return null;
        }
        if (type == null) {
            return node.isTextual() ? node.textValue() : node.isBoolean() ? node.booleanValue()
                    : node.isIntegralNumber() ? (Object) node.longValue() : node.isNumber() ? node.decimalValue() : fail(node, "a plain value");
        }
        try {
            if (type == String.class) {
                return node.isTextual() ? node.textValue() : fail(node, "text");
            } else if (type == Long.class) {
                return node.isIntegralNumber() && node.canConvertToLong() ? node.longValue() : fail(node, "a whole number");
            } else if (type == Integer.class) {
                return node.isIntegralNumber() && node.canConvertToInt() ? node.intValue() : fail(node, "a whole number");
            } else if (type == Short.class) {
                return node.isIntegralNumber() && node.canConvertToInt() && node.intValue() == (short) node.intValue()
                        ? (short) node.intValue() : fail(node, "a small whole number");
            } else if (type == Byte.class) {
                return node.isIntegralNumber() && node.canConvertToInt() && node.intValue() == (byte) node.intValue()
                        ? (byte) node.intValue() : fail(node, "a byte");
            } else if (type == BigDecimal.class) {
                return node.isNumber() ? node.decimalValue() : fail(node, "a number");
            } else if (type == BigInteger.class) {
                return node.isIntegralNumber() ? node.bigIntegerValue() : fail(node, "a whole number");
            } else if (type == Double.class) {
                return node.isNumber() ? node.doubleValue() : fail(node, "a number");
            } else if (type == Float.class) {
                return node.isNumber() ? node.floatValue() : fail(node, "a number");
            } else if (type == Boolean.class) {
                return node.isBoolean() ? node.booleanValue() : fail(node, "true or false");
            } else if (type == LocalDate.class) {
                return LocalDate.parse(text(node, "a date"));
            } else if (type == LocalTime.class) {
                return LocalTime.parse(text(node, "a time of day"));
            } else if (type == LocalDateTime.class) {
                return LocalDateTime.parse(text(node, "a date and time"));
            } else if (type == Instant.class) {
                // An instant with any offset reads: files written before instants were mapped as
                // such hold offset date-times.
                return Instant.parse(text(node, "a time with its offset"));
            } else if (type == UUID.class) {
                return UUID.fromString(text(node, "a UUID"));
            } else if (type == byte[].class) {
                return node.isTextual() ? node.binaryValue() : fail(node, "base64 text");
            }
        } catch (DateTimeParseException | IOException e) {
            throw new IllegalArgumentException(shown(node) + " is not " + expected(type));
        } catch (IllegalArgumentException e) {
            if (type == UUID.class) {
                throw new IllegalArgumentException(shown(node) + " is not a UUID");
            }
            throw e;
        }
        throw new IllegalArgumentException("eteam cannot restore a column of type " + type.getName());
    }

    private static String text(JsonNode node, String what) {
        return node.isTextual() ? node.textValue() : fail(node, what);
    }

    private static <T> T fail(JsonNode node, String what) {
        throw new IllegalArgumentException(shown(node) + " is not " + what);
    }

    /// The value as the file has it, cut short: a refusal names it, it does not repeat a page of text.
    private static String shown(JsonNode node) {
        var text = node.toString();
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    private static String expected(Class<?> type) {
        if (type == Instant.class) {
            return "a time with its offset";
        } else if (type == LocalDate.class) {
            return "a date";
        } else if (type == LocalTime.class) {
            return "a time of day";
        }
        return "a " + type.getSimpleName();
    }
}
