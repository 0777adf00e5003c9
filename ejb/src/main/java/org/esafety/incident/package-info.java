/**
 * Online-safety incidents: what any member of staff records about a concern, and the designated
 * safeguarding lead's (DSL's) handling of it: triage by the 4Cs of online risk (content, contact,
 * conduct, commerce), a chronology that is never rewritten, response routes tracked as actions
 * (from handling in school to referrals to children's social care, police, LADO, CEOP, IWF or
 * Prevent), sanctions from the school's own ladder, and closure with a rationale. An allegation
 * against a member of staff is restricted to the headteacher (the chair of governors when it concerns
 * the headteacher) and the LA's designated officer (LADO).
 */
package org.esafety.incident;
