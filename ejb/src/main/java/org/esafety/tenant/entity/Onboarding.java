package org.esafety.tenant.entity;

/** How far a school has got with setting itself up, as the LA's onboarding list shows it. */
public enum Onboarding {
    /** Added, but nobody has been invited yet. */
    NOT_INVITED("Not invited"),
    /** Invited; nobody has signed in yet. */
    INVITED("Invited"),
    /** Someone has signed in, but the school has no designated safeguarding lead yet. */
    NO_DSL("No DSL yet"),
    /** Signed in and with a designated safeguarding lead. */
    ACTIVE("Active");

    private final String label;

    Onboarding(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Where a school with these members stands. */
    public static Onboarding of(java.util.Collection<SchoolMember> members) {
        if (members.isEmpty()) {
            return NOT_INVITED;
        }
        if (members.stream().noneMatch(m -> m.getStatus() == SchoolMember.Status.ACTIVE)) {
            return INVITED;
        }
        return members.stream().anyMatch(m -> m.getRoles().contains(org.esafety.tenant.control.Role.DSL)) ? ACTIVE : NO_DSL;
    }
}
