package org.esafety.contact.entity;

/** The safeguarding roles a school names a contact for. */
public enum ContactRole {
    DSL, DEPUTY_DSL, ONLINE_SAFETY_LEAD, FILTER_MANAGER, HEADTEACHER, SIRO, GOVERNOR;

    /** Every role, as a regular expression for validating input (a test keeps both equal to the constants). */
    public static final String NAMES = "DSL|DEPUTY_DSL|ONLINE_SAFETY_LEAD|FILTER_MANAGER|HEADTEACHER|SIRO|GOVERNOR";
    /** Every role, for telling a person which ones there are. */
    public static final String LIST = "DSL, DEPUTY_DSL, ONLINE_SAFETY_LEAD, FILTER_MANAGER, HEADTEACHER, SIRO or GOVERNOR";
}
