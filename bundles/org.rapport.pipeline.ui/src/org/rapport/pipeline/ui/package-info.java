/**
 * The Sales Pipeline perspective's public face: the ids of its perspective, views, editor and commands
 * ({@link org.rapport.pipeline.ui.PipelineUi}) and the editor input that opens an opportunity
 * ({@link org.rapport.pipeline.ui.OpportunityEditorInput}).
 */
package org.rapport.pipeline.ui;
