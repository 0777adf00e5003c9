package org.esafety.incident.control;

import org.esafety.incident.entity.IncidentCategory;
import org.esafety.incident.entity.IncidentType;
import org.esafety.platform.control.DomainException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The categories and types of incident one LA's schools choose from: the defaults every LA has, then
 * the LA's own additions, in the order they are offered.
 */
public record Catalogue(List<IncidentCategory> categories, List<IncidentType> types) {

    public Catalogue {
        categories = List.copyOf(categories);
        types = List.copyOf(types);
    }

    private Map<Long, IncidentType> typesById() {
        return types.stream().collect(Collectors.toMap(IncidentType::getId, Function.identity()));
    }

    public Optional<IncidentType> type(long id) {
        return Optional.ofNullable(typesById().get(id));
    }

    public Optional<IncidentCategory> category(long id) {
        return categories.stream().filter(category -> category.getId() == id).findFirst();
    }

    /** The type with this code, or a refusal naming the field. */
    public IncidentType typeByCode(String field, String code) {
        return types.stream().filter(type -> type.getCode().equals(code)).findFirst()
                .orElseThrow(() -> DomainException.invalid(field, "Choose one of these types: " + types.stream()
                        .map(IncidentType::getCode).collect(Collectors.joining(", "))));
    }

    public IncidentCategory categoryByCode(String field, String code) {
        return categories.stream().filter(category -> category.getCode().equals(code)).findFirst()
                .orElseThrow(() -> DomainException.invalid(field, "Choose one of these categories: " + categories.stream()
                        .map(IncidentCategory::getCode).collect(Collectors.joining(", "))));
    }

    public String typeLabel(long id) {
        return type(id).map(IncidentType::getLabel).orElse("Unknown type");
    }

    public String categoryLabel(long id) {
        return category(id).map(IncidentCategory::getLabel).orElse("Unknown category");
    }

    public String typeCode(long id) {
        return type(id).map(IncidentType::getCode).orElse(null);
    }

    public String categoryCode(long id) {
        return category(id).map(IncidentCategory::getCode).orElse(null);
    }
}
