package io.influenceatlas.common.http;

import io.influenceatlas.common.problem.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Parses query parameters taken as strings, so that a bad value is a 400 naming the parameter
 * (JAX-RS would answer 404 for a query parameter it cannot convert).
 */
public final class Params {

    private Params() {
    }

    public static Integer integer(String name, String raw, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            int v = Integer.parseInt(raw.trim());
            if (v < min || v > max) {
                throw ProblemException.invalidParameter(name, "must be between " + min + " and " + max);
            }
            return v;
        } catch (NumberFormatException e) {
            throw ProblemException.invalidParameter(name, "must be an integer, got '" + raw + "'");
        }
    }

    public static Boolean bool(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.invalidParameter(name, "must be true or false, got '" + raw + "'");
        };
    }

    public static LocalDate date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidParameter(name, "must be a date YYYY-MM-DD, got '" + raw + "'");
        }
    }

    /**
     * An instant: ISO 8601 with offset ({@code 2026-11-29T10:15:30Z}, {@code 2026-11-29T11:15:30+01:00}),
     * or a date meaning the end of that day in UTC (so {@code asOf=2026-11-29} includes all of it).
     */
    public static java.time.Instant instant(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String v = raw.trim();
        try {
            java.time.Instant at = v.length() == 10
                    ? LocalDate.parse(v).plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant().minusNanos(1000)
                    : java.time.OffsetDateTime.parse(v).toInstant();
            int year = at.atOffset(java.time.ZoneOffset.UTC).getYear();
            if (year < 1 || year > 9999) {
                throw ProblemException.invalidParameter(name, "must be between the years 1 and 9999, got '" + raw + "'");
            }
            return at;
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidParameter(name, "must be an ISO 8601 instant with offset such as "
                    + "2026-11-29T10:15:30Z, or a date YYYY-MM-DD (end of that day, UTC); got '" + raw + "'");
        }
    }

    /** A non-negative decimal number. */
    public static java.math.BigDecimal decimal(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            java.math.BigDecimal d = new java.math.BigDecimal(raw.trim());
            if (d.signum() < 0) {
                throw ProblemException.invalidParameter(name, "must not be negative, got '" + raw + "'");
            }
            if (d.precision() - d.scale() > 18 || d.scale() > 6) {
                throw ProblemException.invalidParameter(name, "must have at most 18 digits before the point and 6 after, got '"
                        + raw + "'");
            }
            return d;
        } catch (NumberFormatException e) {
            throw ProblemException.invalidParameter(name, "must be a decimal number, got '" + raw + "'");
        }
    }

    /** Repeated or comma-separated positive ids. */
    public static List<Long> ids(String name, List<String> raw) {
        List<Long> ids = new java.util.ArrayList<>();
        for (String v : strings(raw)) {
            try {
                long id = Long.parseLong(v);
                if (id <= 0) {
                    throw new NumberFormatException();
                }
                ids.add(id);
            } catch (NumberFormatException e) {
                throw ProblemException.invalidParameter(name, "must be positive whole numbers, got '" + v + "'");
            }
        }
        return ids;
    }

    public static <E extends Enum<E>> E enumValue(String name, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidParameter(name,
                    "'" + raw + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** A repeated or comma-separated enum parameter, e.g. {@code type=A,B&type=C}. */
    public static <E extends Enum<E>> List<E> enumList(String name, List<String> raw, Class<E> type) {
        List<E> values = new ArrayList<>();
        for (String part : strings(raw)) {
            E v = enumValue(name, part, type);
            if (!values.contains(v)) {
                values.add(v);
            }
        }
        return values;
    }

    /** The distinct, trimmed, non-blank values of a repeated or comma-separated parameter. */
    public static List<String> strings(List<String> raw) {
        List<String> values = new ArrayList<>();
        if (raw != null) {
            for (String item : raw) {
                for (String part : item.split(",")) {
                    if (!part.isBlank() && !values.contains(part.trim())) {
                        values.add(part.trim());
                    }
                }
            }
        }
        return values;
    }

    public static String text(String name, String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String v = raw.trim();
        if (v.length() > maxLength) {
            throw ProblemException.invalidParameter(name, "must be at most " + maxLength + " characters");
        }
        if (v.chars().anyMatch(c -> c < 0x20)) {
            throw ProblemException.invalidParameter(name, "must not contain control characters");
        }
        return v;
    }
}
