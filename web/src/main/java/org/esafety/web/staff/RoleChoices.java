package org.esafety.web.staff;

import jakarta.faces.model.SelectItem;
import org.esafety.tenant.control.Role;
import org.esafety.ui.Labels;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The school roles as checkboxes: the choices, and the ticked ones as a role set. */
final class RoleChoices {

    static final List<SelectItem> ITEMS = Arrays.stream(Role.values()).filter(Role::isSchoolRole)
            .map(role -> new SelectItem(role.name(), Labels.role(role))).toList();

    private RoleChoices() {
    }

    static Map<String, Boolean> ticked(Set<Role> roles) {
        Map<String, Boolean> ticked = new LinkedHashMap<>();
        ITEMS.forEach(item -> ticked.put((String) item.getValue(), roles.contains(Role.valueOf((String) item.getValue()))));
        return ticked;
    }

    static Set<Role> roles(Map<String, Boolean> ticked) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        ticked.forEach((name, on) -> {
            if (Boolean.TRUE.equals(on)) {
                roles.add(Role.valueOf(name));
            }
        });
        return roles;
    }
}
