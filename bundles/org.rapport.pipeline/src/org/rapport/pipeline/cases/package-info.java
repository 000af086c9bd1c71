/**
 * Cases (complaints), the call-centre side of the pipeline: a case opened for a person, its status flow
 * {@code NEW -> IN_PROGRESS -> RESOLVED -> CLOSED} ({@link org.rapport.pipeline.cases.CaseStatus}), resolution notes
 * and a satisfaction score at closing. A case resolved or closed with high satisfaction posts
 * {@link org.rapport.pipeline.PipelineTopics#CASE_RESOLVED_SATISFIED}.
 */
package org.rapport.pipeline.cases;
