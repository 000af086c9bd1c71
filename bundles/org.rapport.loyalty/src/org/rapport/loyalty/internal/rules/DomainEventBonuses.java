package org.rapport.loyalty.internal.rules;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.eclipse.core.runtime.ILog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.rapport.loyalty.RuleKind;
import org.rapport.loyalty.RuleService;

/**
 * Turns the other domains' events into bonus points: a won deal, a complaint resolved with high satisfaction (the
 * pipeline), a community ambassador. Subscribed by the topics' strings, so loyalty needs neither domain installed.
 * The business day is the day the event arrives.
 */
@Component(service = EventHandler.class, property = {
        EventConstants.EVENT_TOPIC + "=" + DomainEventBonuses.DEAL_WON,
        EventConstants.EVENT_TOPIC + "=" + DomainEventBonuses.CASE_SATISFIED,
        EventConstants.EVENT_TOPIC + "=" + DomainEventBonuses.AMBASSADOR })
public class DomainEventBonuses implements EventHandler {

    /** {@code org.rapport.pipeline.PipelineTopics#OPPORTUNITY_WON}. */
    static final String DEAL_WON = "org/rapport/pipeline/opportunities/WON";
    /** {@code org.rapport.pipeline.PipelineTopics#CASE_RESOLVED_SATISFIED}. */
    static final String CASE_SATISFIED = "org/rapport/pipeline/cases/RESOLVED_SATISFIED";
    /** {@code org.rapport.community.CommunityTopics#AMBASSADOR_FLAGGED}. */
    static final String AMBASSADOR = "org/rapport/community/members/AMBASSADOR";

    private final RuleService rules;
    private final Clock clock;
    private final ILog log = ILog.of(DomainEventBonuses.class);

    @Activate
    public DomainEventBonuses(@Reference RuleService rules) {
        this(rules, Clock.systemDefaultZone());
    }

    DomainEventBonuses(RuleService rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public void handleEvent(Event event) {
        if (!(event.getProperty("personId") instanceof Number person)) {
            return; // an ambassador without a linked contact, a deal without a person: nobody to reward
        }
        LocalDate today = LocalDate.now(clock);
        try {
            switch (event.getTopic()) {
                case DEAL_WON -> rules.onEvent(RuleKind.DEAL_WON, person.longValue(), key(event, "opportunityId"),
                        event.getProperty("amount") instanceof BigDecimal amount ? amount : null,
                        event.getProperty("currency") instanceof String currency ? currency : null, today);
                case CASE_SATISFIED -> rules.onEvent(RuleKind.SATISFIED_CASE, person.longValue(), key(event, "caseId"),
                        null, null, today);
                case AMBASSADOR -> rules.onEvent(RuleKind.AMBASSADOR, person.longValue(), key(event, "memberId"), null,
                        null, today);
                default -> {
                    // subscribed to these three only
                }
            }
        } catch (RuntimeException e) {
            log.error("Loyalty could not give the bonus for " + event.getTopic() + " of person " + person, e);
        }
    }

    private static String key(Event event, String property) {
        Object value = event.getProperty(property);
        return value == null ? "unknown" : value.toString();
    }
}
