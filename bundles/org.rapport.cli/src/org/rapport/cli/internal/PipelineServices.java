package org.rapport.cli.internal;

import org.rapport.pipeline.ForecastService;
import org.rapport.pipeline.OpportunityService;
import org.rapport.pipeline.Pipeline;
import org.rapport.pipeline.PipelineService;

/**
 * The pipeline services the pipeline commands use: from OSGi in the product, given directly by tests.
 *
 * @param pipelines     pipelines and stages
 * @param opportunities opportunities
 * @param forecasts     the forecast
 */
record PipelineServices(PipelineService pipelines, OpportunityService opportunities, ForecastService forecasts) {

    /** The running product's services, waiting for DS to start them. */
    static PipelineServices fromOsgi() {
        return new PipelineServices(ContactsServices.await(PipelineService.class),
                ContactsServices.await(OpportunityService.class), ContactsServices.await(ForecastService.class));
    }

    /** The pipeline with this name (ignoring case). */
    Pipeline pipelineNamed(String name) throws UsageException {
        return pipelines.pipelines().stream().filter(p -> p.name().equalsIgnoreCase(name.trim())).findFirst()
                .orElseThrow(() -> new UsageException("there is no pipeline '" + name + "'; pipelines: "
                        + String.join(", ", pipelines.pipelines().stream().map(Pipeline::name).toList())));
    }
}
