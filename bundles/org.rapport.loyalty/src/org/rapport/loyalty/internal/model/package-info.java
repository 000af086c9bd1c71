/**
 * The loyalty domain's JPA entities (persistence unit {@code loyalty}): programs, tiers, rewards, members (the account
 * row each ledger write locks), ledger entries (append-only), earned lots with what remains of them, the allocations
 * of debits to lots, and imported transactions. Cross-domain links (people) and links between these tables are ids.
 * Internal: the services hand out the records of {@code org.rapport.loyalty}.
 */
package org.rapport.loyalty.internal.model;
