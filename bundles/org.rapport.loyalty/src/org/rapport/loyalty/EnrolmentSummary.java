package org.rapport.loyalty;

/**
 * What enrolling a segment did.
 *
 * @param enrolled       contacts newly enrolled
 * @param alreadyMembers contacts that were members already
 * @param cancelled      whether it stopped early when asked to (what was enrolled stays enrolled)
 */
public record EnrolmentSummary(long enrolled, long alreadyMembers, boolean cancelled) {
}
