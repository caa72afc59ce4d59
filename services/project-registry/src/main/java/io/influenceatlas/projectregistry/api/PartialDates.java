package io.influenceatlas.projectregistry.api;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Dates with the precision the source gave: {@code 2019}, {@code 2019-04} or {@code 2019-04-12}.
 * They sort correctly as text, and two dates are compared at the coarser of their precisions
 * (so {@code 2020} is neither before nor after {@code 2020-05-01}).
 */
public final class PartialDates {

    public static final String PATTERN = "^\\d{4}(-\\d{2}(-\\d{2})?)?$";
    public static final String MESSAGE = "must be an ISO 8601 date with year, month or day precision: YYYY, YYYY-MM or YYYY-MM-DD";

    private PartialDates() {
    }

    /** True when the text has the shape and names a real year, month or day. */
    public static boolean isValid(String date) {
        if (date == null || !date.matches(PATTERN)) {
            return false;
        }
        try {
            int year = Integer.parseInt(date.substring(0, 4));
            if (date.length() >= 7) {
                YearMonth.of(year, Integer.parseInt(date.substring(5, 7)));
            }
            if (date.length() == 10) {
                LocalDate.parse(date);
            }
            return year >= 1800;
        } catch (DateTimeException | NumberFormatException e) {
            return false;
        }
    }

    /** Negative when a is surely before b, 0 when equal at the coarser precision, positive when after. */
    public static int compare(String a, String b) {
        int length = Math.min(a.length(), b.length());
        return a.substring(0, length).compareTo(b.substring(0, length));
    }

    public static int year(String date) {
        return Integer.parseInt(date.substring(0, 4));
    }
}
