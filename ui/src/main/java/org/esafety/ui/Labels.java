package org.esafety.ui;

import org.esafety.tenant.control.Role;

/** The words pages use for the domain's codes. */
public final class Labels {

    private Labels() {
    }

    public static String role(Role role) {
        return switch (role) {
            case HEADTEACHER -> "Headteacher";
            case DSL -> "Designated safeguarding lead";
            case DEPUTY_DSL -> "Deputy designated safeguarding lead";
            case ONLINE_SAFETY_LEAD -> "Online safety lead";
            case FILTER_MANAGER -> "Filtering and monitoring manager";
            case GOVERNOR -> "Governor";
            case CHAIR_OF_GOVERNORS -> "Chair of governors";
            case SIRO -> "Senior information risk owner";
            case STAFF -> "Staff";
            case LA_ADMIN -> "LA administrator";
            case LA_SAFEGUARDING -> "LA safeguarding officer";
            case LADO -> "Local authority designated officer";
        };
    }
}
