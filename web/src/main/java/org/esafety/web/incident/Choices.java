package org.esafety.web.incident;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import org.esafety.incident.control.Catalogue;
import org.esafety.incident.entity.IncidentCategory;
import org.esafety.incident.entity.IncidentType;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/** The choices incident forms offer, and reading what a form sent back. */
final class Choices {

    private Choices() {
    }

    /** An enum's constants as radio or select items, labelled in the domain's words. */
    static <E extends Enum<E>> List<SelectItem> of(Class<E> kind, Function<E, String> label) {
        return Arrays.stream(kind.getEnumConstants()).map(constant -> new SelectItem(constant.name(), label.apply(constant)))
                .toList();
    }

    /** Types grouped under their category, with a first "choose" item. */
    static List<SelectItem> types(Catalogue catalogue, String first) {
        List<SelectItem> items = new ArrayList<>();
        items.add(new SelectItem("", first));
        for (IncidentCategory category : catalogue.categories()) {
            for (IncidentType type : catalogue.types()) {
                if (type.getCategoryId() == category.getId()) {
                    items.add(new SelectItem(type.getCode(), type.getLabel() + " (" + category.getLabel().toLowerCase() + ")"));
                }
            }
        }
        return items;
    }

    static List<SelectItem> categories(Catalogue catalogue, String first) {
        List<SelectItem> items = new ArrayList<>();
        items.add(new SelectItem("", first));
        catalogue.categories().forEach(category -> {
            SelectItem item = new SelectItem(category.getCode(), category.getLabel());
            item.setDescription(category.getHint());
            items.add(item);
        });
        return items;
    }

    static List<SelectItem> yearGroups(String first) {
        List<SelectItem> items = new ArrayList<>();
        items.add(new SelectItem("", first));
        IntStream.rangeClosed(0, 13).forEach(year -> items.add(new SelectItem(String.valueOf(year), yearLabel(year))));
        return items;
    }

    static String yearLabel(Integer year) {
        return year == null ? "" : year == 0 ? "Reception" : "Year " + year;
    }

    /** A radio's value as the browser sent it (radios are plain inputs named by their field id). */
    static String radio(String field) {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(field);
        return value == null || value.isBlank() ? null : value;
    }

    /** A date from a date field, or null with an error on the field when it is not a real date. */
    static LocalDate date(String field, String text, String missing) {
        if (text == null || text.isBlank()) {
            if (missing != null) {
                org.esafety.ui.Errors.add(field, missing);
            }
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException invalid) {
            org.esafety.ui.Errors.add(field, "Enter a real date, like 2026-09-01");
            return null;
        }
    }

    static <E extends Enum<E>> E choice(Class<E> kind, String field, String value, String missing) {
        if (value == null || value.isBlank()) {
            org.esafety.ui.Errors.add(field, missing);
            return null;
        }
        try {
            return Enum.valueOf(kind, value);
        } catch (IllegalArgumentException unknown) {
            org.esafety.ui.Errors.add(field, missing);
            return null;
        }
    }
}
