package org.esafety.web.incident;

import org.esafety.incident.control.Catalogue;

import java.util.List;

/** A category of the 4Cs with the types under it. */
public record CategoryRepresentation(String code, String label, String hint, List<TypeRepresentation> types) {

    public record TypeRepresentation(String code, String label) {
    }

    static List<CategoryRepresentation> of(Catalogue catalogue) {
        return catalogue.categories().stream().map(category -> new CategoryRepresentation(category.getCode(),
                category.getLabel(), category.getHint(), catalogue.types().stream()
                .filter(type -> type.getCategoryId() == category.getId())
                .map(type -> new TypeRepresentation(type.getCode(), type.getLabel())).toList())).toList();
    }
}
