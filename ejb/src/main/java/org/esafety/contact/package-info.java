/**
 * A school's safeguarding contacts: who its designated safeguarding lead (DSL), deputies,
 * online-safety lead and filter manager are, and how to reach them. Every member of staff needs
 * this list; it is the school's own and no other school sees it.
 */
package org.esafety.contact;
