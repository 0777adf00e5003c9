package org.esafety.incident.control;

import org.esafety.incident.entity.ImageSharingReview;
import org.esafety.incident.entity.IncidentType;
import org.esafety.incident.entity.ResponseAction;
import org.esafety.incident.entity.Route;
import org.esafety.platform.control.DomainException;

import java.util.List;

/**
 * What must be on record before an incident may close, beyond its own rationale. A nude or semi-nude
 * image sharing incident needs its initial review; if that review ticked any immediate-referral
 * criterion, it needs a referral to children's social care or the police as well.
 */
public final class ClosureRules {

    private ClosureRules() {
    }

    public static void check(IncidentType type, List<ImageSharingReview> reviews, List<ResponseAction> actions) {
        if (!type.isNudeImageSharing()) {
            return;
        }
        if (reviews.isEmpty()) {
            throw DomainException.conflict("review",
                    "Record the initial review meeting before closing a nude or semi-nude image sharing incident");
        }
        boolean referralRequired = reviews.stream().anyMatch(ImageSharingReview::requiresReferral);
        boolean referred = actions.stream().anyMatch(action -> action.getRoute() == Route.SOCIAL_CARE
                || action.getRoute() == Route.POLICE);
        if (referralRequired && !referred) {
            throw DomainException.conflict("route",
                    "The initial review found an immediate-referral criterion, so this incident cannot close"
                            + " without a referral to children's social care or the police");
        }
    }
}
