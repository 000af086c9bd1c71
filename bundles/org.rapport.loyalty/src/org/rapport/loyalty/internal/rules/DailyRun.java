package org.rapport.loyalty.internal.rules;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.rapport.loyalty.LedgerService;
import org.rapport.loyalty.LoyaltyDailyRun;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.ProgramService;
import org.rapport.loyalty.internal.LoyaltyUnit;
import org.rapport.loyalty.internal.model.DailyRunEntity;

/**
 * The daily loyalty run in a system job: for each day not run yet (at most {@value #CATCH_UP_DAYS} back) and each
 * program, the expiry, the birthday bonuses and, on the first of a month, the tier review; the day is recorded in the
 * database once all programs are done, so a failed day is tried again an hour later. The job sleeps until the next day
 * begins (at most an hour, to notice a laptop that slept through midnight).
 * <p>
 * A delayed component: it starts when the workbench gets {@link LoyaltyDailyRun}, never in {@code rapport-cli}.
 */
@Component(service = LoyaltyDailyRun.class)
public class DailyRun implements LoyaltyDailyRun {

    static final int CATCH_UP_DAYS = 31;
    static final Duration MAX_SLEEP = Duration.ofHours(1);
    private static final String JOB = "daily";

    private final LoyaltyUnit unit;
    private final ProgramService programs;
    private final LedgerService ledger;
    private final BirthdayBonuses birthdays;
    private final Clock clock;
    private final Job job;
    private final ILog log = ILog.of(DailyRun.class);
    private volatile boolean stopped;

    @Activate
    public DailyRun(@Reference LoyaltyUnit unit, @Reference ProgramService programs, @Reference LedgerService ledger,
            @Reference BirthdayBonuses birthdays) {
        this(unit, programs, ledger, birthdays, Clock.systemDefaultZone());
        job.schedule();
    }

    DailyRun(LoyaltyUnit unit, ProgramService programs, LedgerService ledger, BirthdayBonuses birthdays, Clock clock) {
        this.unit = unit;
        this.programs = programs;
        this.ledger = ledger;
        this.birthdays = birthdays;
        this.clock = clock;
        this.job = Job.createSystem("Loyalty daily run", this::runJob);
    }

    @Deactivate
    void stop() {
        stopped = true;
        job.cancel();
        try {
            job.join(10_000, null); // a run writes the database: let it end before the database closes behind it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Optional<LocalDate> lastRun() {
        return unit.read(em -> Optional.ofNullable(em.find(DailyRunEntity.class, JOB)).map(DailyRunEntity::getLastDay));
    }

    @Override
    public LocalDate nextRun() {
        LocalDate today = LocalDate.now(clock);
        return lastRun().filter(last -> !last.isBefore(today)).map(last -> today.plusDays(1)).orElse(today);
    }

    @Override
    public synchronized List<LocalDate> runThrough(LocalDate day) {
        LocalDate first = lastRun().map(last -> last.plusDays(1)).orElse(day);
        if (first.isBefore(day.minusDays(CATCH_UP_DAYS - 1L))) {
            first = day.minusDays(CATCH_UP_DAYS - 1L);
        }
        List<LocalDate> run = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(day) && !stopped; d = d.plusDays(1)) {
            for (Program program : programs.programs()) {
                runDay(program, d);
            }
            record(d);
            run.add(d);
        }
        return run;
    }

    private void runDay(Program program, LocalDate day) {
        ledger.expire(program.id(), day);
        birthdays.birthdays(program.id(), day);
        if (day.getDayOfMonth() == 1) {
            ledger.review(program.id(), day);
        }
    }

    private void record(LocalDate day) {
        unit.write(em -> {
            DailyRunEntity row = em.find(DailyRunEntity.class, JOB);
            if (row == null) {
                em.persist(new DailyRunEntity(JOB, day));
            } else if (row.getLastDay().isBefore(day)) {
                row.setLastDay(day);
            }
            return null;
        });
    }

    private IStatus runJob(IProgressMonitor monitor) {
        if (stopped) {
            return Status.OK_STATUS;
        }
        try {
            runThrough(LocalDate.now(clock));
        } catch (RuntimeException e) {
            log.error("The daily loyalty run failed; it tries again in an hour", e);
        }
        if (!stopped) {
            Duration untilTomorrow = Duration.between(clock.instant(),
                    LocalDate.now(clock).plusDays(1).atStartOfDay(clock.getZone()).toInstant().plusSeconds(60));
            job.schedule(Math.max(1_000, Math.min(untilTomorrow.toMillis(), MAX_SLEEP.toMillis())));
        }
        return Status.OK_STATUS;
    }
}
