package org.esafety.incident.control;

import org.esafety.incident.entity.ImageSharingReview;
import org.esafety.incident.entity.IncidentType;
import org.esafety.incident.entity.ResponseAction;
import org.esafety.incident.entity.Route;
import org.esafety.platform.control.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClosureRulesTest {

    static final IncidentType NUDE = new IncidentType(1, 3, IncidentType.NUDE_IMAGE_SHARING, "Nude image sharing", 2);
    static final IncidentType BULLYING = new IncidentType(1, 3, "CYBERBULLYING", "Cyberbullying", 1);
    static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    static ImageSharingReview review(boolean adult, boolean coercion, boolean extreme, boolean under13, boolean risk) {
        return new ImageSharingReview(1, DAY, "DSL, deputy", "Decided", adult, coercion, extreme, under13, risk, "DSL", Instant.now());
    }

    static ResponseAction action(Route route) {
        return new ResponseAction(1, route, "Because", DAY, "DSL", Instant.now());
    }

    @Test
    void otherIncidentsNeedNoReview() {
        assertThatCode(() -> ClosureRules.check(BULLYING, List.of(), List.of())).doesNotThrowAnyException();
    }

    @Test
    void imageSharingCannotCloseWithoutItsInitialReview() {
        assertThatThrownBy(() -> ClosureRules.check(NUDE, List.of(), List.of()))
                .isInstanceOf(DomainException.class).hasMessageContaining("initial review");
    }

    @Test
    void eachImmediateReferralCriterionBlocksClosingUntilSocialCareOrPoliceAreInvolved() {
        List<ImageSharingReview> ticked = List.of(review(true, false, false, false, false), review(false, true, false, false, false),
                review(false, false, true, false, false), review(false, false, false, true, false), review(false, false, false, false, true));
        for (ImageSharingReview review : ticked) {
            assertThatThrownBy(() -> ClosureRules.check(NUDE, List.of(review), List.of(action(Route.INTERNAL), action(Route.EARLY_HELP))))
                    .isInstanceOfSatisfying(DomainException.class, e -> org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo("route"));
            assertThatCode(() -> ClosureRules.check(NUDE, List.of(review), List.of(action(Route.SOCIAL_CARE)))).doesNotThrowAnyException();
            assertThatCode(() -> ClosureRules.check(NUDE, List.of(review), List.of(action(Route.POLICE)))).doesNotThrowAnyException();
        }
    }

    @Test
    void aReviewWithNoCriterionMayCloseWithoutReferral() {
        assertThatCode(() -> ClosureRules.check(NUDE, List.of(review(false, false, false, false, false)), List.of()))
                .doesNotThrowAnyException();
    }
}
