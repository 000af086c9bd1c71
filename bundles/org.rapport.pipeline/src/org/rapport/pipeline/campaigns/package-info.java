/**
 * Campaigns: one targets a contacts segment, records its cost, the people who responded and the opportunities it
 * sourced; its ROI is the won revenue attributed to it divided by its cost, per campaign and per segment.
 */
package org.rapport.pipeline.campaigns;
