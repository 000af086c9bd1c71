package org.rapport.pipeline.internal.cli;

import org.rapport.core.cli.UsageException;
import org.rapport.pipeline.Pipeline;
import org.rapport.pipeline.PipelineService;

/** A pipeline named on the command line. */
final class PipelineNames {

    private PipelineNames() {
    }

    /**
     * The pipeline with this name (ignoring case and surrounding blanks).
     *
     * @throws UsageException naming the pipelines there are, when none has the name
     */
    static Pipeline find(PipelineService pipelines, String name) throws UsageException {
        return pipelines.pipelines().stream().filter(p -> p.name().equalsIgnoreCase(name.trim())).findFirst()
                .orElseThrow(() -> new UsageException("there is no pipeline '" + name + "'; pipelines: "
                        + String.join(", ", pipelines.pipelines().stream().map(Pipeline::name).toList())));
    }
}
