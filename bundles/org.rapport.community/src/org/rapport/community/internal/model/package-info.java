/**
 * The community's JPA entities (persistence unit {@code community}). Tables start with {@code CM_}, index names with
 * {@code IX_COMM_}. Links to other domains (contacts, feed posts) are ids, never relationships; links inside the domain
 * are id columns too, so bulk work (imports, score recomputes) reads and writes plain rows.
 */
package org.rapport.community.internal.model;
