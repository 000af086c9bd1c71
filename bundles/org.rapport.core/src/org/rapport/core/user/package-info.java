/**
 * Who is working: {@link org.rapport.core.user.RapportUser}, the service that names the person at this Rapport, as
 * records show them (created by, updated by, owner of deals and activities).
 */
package org.rapport.core.user;
