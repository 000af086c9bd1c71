/**
 * The timeline API: every domain bundle contributes dated interactions to a person's 360-degree history by
 * registering a {@link org.rapport.core.timeline.TimelineContributor} as an OSGi service; views read the merged
 * history from the {@link org.rapport.core.timeline.TimelineService}.
 */
package org.rapport.core.timeline;
