package org.esafety.incident.entity;

/**
 * How the school responds: handled inside the school, or referred to a partner. LADO is the local
 * authority designated officer (allegations against adults who work with children), CEOP the
 * National Crime Agency's child protection command, IWF the Internet Watch Foundation (reports of
 * child sexual abuse imagery online), Prevent the programme against radicalisation.
 */
public enum Route {
    INTERNAL("Handled within school", false),
    EARLY_HELP("Early help", true),
    SOCIAL_CARE("Children's social care", true),
    POLICE("Police", true),
    LADO("LADO", true),
    CEOP("CEOP", true),
    IWF("IWF report", true),
    PREVENT("Prevent", true);

    private final String label;
    private final boolean referral;

    Route(String label, boolean referral) {
        this.label = label;
        this.referral = referral;
    }

    public String label() {
        return label;
    }

    /** Whether this route takes the incident to someone outside the school. */
    public boolean isReferral() {
        return referral;
    }
}
