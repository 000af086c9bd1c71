package org.rapport.pipeline.cases;

/** How a case came in. */
public enum CaseChannel {
    PHONE, EMAIL, CHAT, SOCIAL, IN_PERSON, LETTER
}
