package org.esafety.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.esafety.platform.control.DomainException;
import org.esafety.tenant.boundary.SchoolOnboarding;
import org.esafety.tenant.entity.Onboarding;
import org.esafety.ui.Pages;

import java.util.List;
import java.util.Map;

/** The LA's home page: how far its schools have got, and (in later features) what needs the LA's attention. */
@Named
@RequestScoped
public class LaHome {

    public record StateCount(String state, String label, long count) {
    }

    @Inject
    SchoolOnboarding onboarding;

    private List<StateCount> counts = List.of();
    private long total;

    public void load() {
        try {
            Map<Onboarding, Long> byState = onboarding.counts();
            counts = byState.entrySet().stream()
                    .map(e -> new StateCount(e.getKey().name(), e.getKey().label(), e.getValue())).toList();
            total = byState.values().stream().mapToLong(Long::longValue).sum();
        } catch (DomainException refused) {
            Pages.refuse(refused);
        }
    }

    public List<StateCount> getCounts() {
        return counts;
    }

    public long getTotal() {
        return total;
    }
}
