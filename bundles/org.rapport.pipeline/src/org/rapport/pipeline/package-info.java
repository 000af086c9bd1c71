/**
 * The sales pipeline domain's API, available as OSGi services: pipelines and their stages
 * ({@link org.rapport.pipeline.PipelineService}), opportunities with stage history, the kanban board and the table
 * ({@link org.rapport.pipeline.OpportunityService}), and the forecast ({@link org.rapport.pipeline.ForecastService}).
 * Activities, cases and campaigns have packages of their own. Every service does database work: call it from a
 * background job, never from the UI thread. People and organizations are referred to by their contacts ids.
 */
package org.rapport.pipeline;
