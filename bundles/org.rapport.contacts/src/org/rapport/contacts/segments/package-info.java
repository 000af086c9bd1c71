/**
 * Segments: saved {@link org.rapport.contacts.segments.SegmentCriteria criteria} that mix demographics, custom
 * fields, tags and social footprint, and the {@link org.rapport.contacts.segments.SegmentService} that counts and
 * lists their members in the database.
 */
package org.rapport.contacts.segments;
