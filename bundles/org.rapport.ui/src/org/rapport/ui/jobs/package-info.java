/**
 * Background work of views: {@link org.rapport.ui.jobs.LatestRequest} reads off the UI thread where the latest request
 * wins (filters, searches, counts, boards), {@link org.rapport.ui.jobs.UiJobs} runs one-off work and shows its result on
 * the UI thread. The UI thread only paints.
 */
package org.rapport.ui.jobs;
