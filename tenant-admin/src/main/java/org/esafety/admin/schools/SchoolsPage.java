package org.esafety.admin.schools;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.esafety.platform.control.DomainException;
import org.esafety.platform.control.Page;
import org.esafety.tenant.boundary.SchoolOnboarding;
import org.esafety.tenant.entity.Onboarding;
import org.esafety.tenant.entity.School;
import org.esafety.ui.Pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The LA administrator's list of schools with each one's onboarding state: filtered, searched, sorted, paged. */
@Named
@RequestScoped
public class SchoolsPage {

    static final int PAGE_SIZE = 50;

    public record Row(int urn, String name, String phase, String type, String onboarding, String tag) {
    }

    @Inject
    SchoolOnboarding onboarding;

    private String state;
    private String q;
    private String sort;
    private int page = 1;
    private Page<School> result;

    public void load() {
        Onboarding filter = null;
        if (state != null && !state.isBlank()) {
            try {
                filter = Onboarding.valueOf(state);
            } catch (IllegalArgumentException unknown) {
                org.esafety.ui.Errors.add("state", "Choose an onboarding state from the list");
            }
        }
        try {
            result = onboarding.list(filter, q, sort, (Math.max(page, 1) - 1) * PAGE_SIZE, PAGE_SIZE);
        } catch (DomainException refused) {
            if (refused.kind() == DomainException.Kind.INVALID) {
                Pages.reject(refused);
                result = onboarding.list(filter, q, null, 0, PAGE_SIZE);
            } else {
                Pages.refuse(refused);
            }
        }
    }

    public List<Row> getRows() {
        return result == null ? List.of() : result.items().stream().map(s -> new Row(s.getUrn(), s.getName(),
                s.getPhase().giasName(), s.getEstablishmentType(), s.getOnboarding().label(), tag(s.getOnboarding()))).toList();
    }

    private static String tag(Onboarding state) {
        return switch (state) {
            case NOT_INVITED -> "govuk-tag--grey";
            case INVITED -> "govuk-tag--yellow";
            case NO_DSL -> "govuk-tag--red";
            case ACTIVE -> "govuk-tag--green";
        };
    }

    public List<SelectItem> getStates() {
        List<SelectItem> states = new ArrayList<>();
        states.add(new SelectItem("", "All states"));
        for (Onboarding value : Onboarding.values()) {
            states.add(new SelectItem(value.name(), value.label()));
        }
        return states;
    }

    public long getTotal() {
        return result == null ? 0 : result.total();
    }

    public int getPages() {
        return (int) Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** A link to another page or sort of the same list, keeping the filter. */
    public String link(int toPage, String toSort) {
        StringBuilder link = new StringBuilder("/admin/schools?page=").append(toPage);
        append(link, "state", state);
        append(link, "q", q);
        append(link, "sort", toSort);
        return link.toString();
    }

    private static void append(StringBuilder link, String name, String value) {
        if (value != null && !value.isBlank()) {
            link.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
