package org.isnad.store;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a publication date in ISO ({@code 2018-02-18…}) or RFC 1123 form as a day number {@code yyyymmdd}. */
public final class PublishedDay {
    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");

    private PublishedDay() {
    }

    public static OptionalInt of(Optional<String> published) {
        return published.map(PublishedDay::of).orElse(OptionalInt.empty());
    }

    public static OptionalInt of(String s) {
        String t = s.strip();
        Matcher m = ISO.matcher(t);
        try {
            if (m.find()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                return OptionalInt.of(day(d));
            }
            return OptionalInt.of(day(ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate()));
        } catch (java.time.DateTimeException e) {
            return OptionalInt.empty();
        }
    }

    public static int day(LocalDate d) {
        return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }
}
