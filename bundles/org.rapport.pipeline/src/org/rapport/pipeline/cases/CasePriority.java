package org.rapport.pipeline.cases;

/** How urgent a case is, lowest first. */
public enum CasePriority {
    LOW, NORMAL, HIGH, URGENT
}
