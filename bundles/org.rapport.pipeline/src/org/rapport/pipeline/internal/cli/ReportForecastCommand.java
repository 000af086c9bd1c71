package org.rapport.pipeline.internal.cli;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.core.SpreadsheetCells;
import org.rapport.core.cli.CliArguments;
import org.rapport.core.cli.CliCommand;
import org.rapport.core.cli.CliContext;
import org.rapport.core.cli.ExitCode;
import org.rapport.core.cli.UsageException;
import org.rapport.pipeline.Forecast;
import org.rapport.pipeline.ForecastQuery;
import org.rapport.pipeline.ForecastService;
import org.rapport.pipeline.ForecastTotal;
import org.rapport.pipeline.PipelineService;

/**
 * {@code report forecast [--from YYYY-MM] [--to YYYY-MM] [--by month|owner] [--owner USER] [--pipeline NAME]}: the
 * weighted forecast as a table for scripts (tab-separated with a header), computed by the database. A rep's name that a
 * spreadsheet would run as a formula is written as text ({@link SpreadsheetCells}).
 */
@Component(service = CliCommand.class)
public class ReportForecastCommand implements CliCommand {

    private final PipelineService pipelines;
    private final ForecastService forecasts;
    private final Supplier<YearMonth> thisMonth;

    /** Used by DS. */
    @Activate
    public ReportForecastCommand(@Reference PipelineService pipelines, @Reference ForecastService forecasts) {
        this(pipelines, forecasts, YearMonth::now);
    }

    /** With the month a test calls now. */
    ReportForecastCommand(PipelineService pipelines, ForecastService forecasts, Supplier<YearMonth> thisMonth) {
        this.pipelines = pipelines;
        this.forecasts = forecasts;
        this.thisMonth = thisMonth;
    }

    @Override
    public String name() {
        return "report forecast";
    }

    @Override
    public String arguments() {
        return "[--from YYYY-MM] [--to YYYY-MM] [--by month|owner] [--owner USER] [--pipeline NAME]";
    }

    @Override
    public String summary() {
        return "weighted forecast (amount x probability) by month or rep, tab-separated; default this month and the next 5";
    }

    @Override
    public ExitCode run(List<String> args, CliContext context) throws UsageException {
        CliArguments options = CliArguments.parse(args, Set.of("--from", "--to", "--by", "--owner", "--pipeline"), Set.of());
        if (!options.positional().isEmpty()) {
            throw new UsageException("takes no file or other argument, only options");
        }
        YearMonth from = options.has("--from") ? month("--from", options.value("--from")) : thisMonth.get();
        YearMonth to = options.has("--to") ? month("--to", options.value("--to")) : from.plusMonths(5);
        if (to.isBefore(from)) {
            throw new UsageException("--to " + to + " is before --from " + from);
        }
        String by = options.has("--by") ? options.value("--by") : "month";
        if (!by.equals("month") && !by.equals("owner")) {
            throw new UsageException("--by must be month or owner, not " + by);
        }
        Long pipelineId = options.has("--pipeline") ? PipelineNames.find(pipelines, options.value("--pipeline")).id() : null;
        Forecast forecast = forecasts.forecast(new ForecastQuery(from, to, pipelineId, options.value("--owner")));
        context.out().println(by + "\tcurrency\tdeals\tamount\tweighted\twon");
        for (ForecastTotal total : by.equals("month") ? forecast.byMonth() : forecast.byOwner()) {
            context.out().println(SpreadsheetCells.safe(total.key()) + "\t" + SpreadsheetCells.safe(total.currency()) + "\t" + total.count() + "\t"
                    + total.amount().setScale(2).toPlainString() + "\t" + total.weighted().setScale(2).toPlainString() + "\t"
                    + total.won().setScale(2).toPlainString());
        }
        for (String currency : forecast.currencies()) {
            context.out().println("total\t" + currency + "\t\t\t" + forecast.weightedTotal(currency).toPlainString() + "\t");
        }
        return ExitCode.OK;
    }

    private static YearMonth month(String option, String text) throws UsageException {
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new UsageException(option + " must be a month like 2026-03, not " + text);
        }
    }
}
