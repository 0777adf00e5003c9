package org.esafety.platform.control;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;

/**
 * Stores every {@link Instant} in a DATETIME(6) column as UTC text with microseconds.
 * JPA 3.1 does not map Instant itself, and binding a temporal type would lose the fraction on
 * MariaDB: it announces itself as "5.5.5-10.x", which MySQL Connector/J reads as a server without
 * fractional seconds. Text is exact on MariaDB and MySQL alike and never shifted by a time zone.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Object> {

    private static final DateTimeFormatter WRITE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();

    @Override
    public Object convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : WRITE.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    @Override
    public Instant convertToEntityAttribute(Object utc) {
        // Reading, EclipseLink passes on what the driver returned for the column: a LocalDateTime.
        if (utc == null) {
            return null;
        } else if (utc instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        } else {
            return LocalDateTime.parse(utc.toString().replace('T', ' '), READ).toInstant(ZoneOffset.UTC);
        }
    }

    /** Now, at the precision the database keeps, so that what is returned equals what is read back. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
