/**
 * What every feature stands on and none owns: schema migration at start-up, the domain
 * exception that boundaries turn into a 4xx answer, and the HTTP plumbing (problem details,
 * strict JSON, body limits, the request's tenant) that both web applications register.
 */
package org.esafety.platform;
