package org.rapport.community;

/**
 * The four pillars of a community (Ang's community relationship management): every activity belongs to one.
 */
public enum Pillar {
    /** Who is connected to whom: follows, mentions, introductions, co-attendance. */
    CONNECTIVITY,
    /** Talking: posts, replies, chat messages, forum answers. */
    CONVERSATION,
    /** Making things others use: articles, talks, code, videos. */
    CONTENT,
    /** Doing things together: events hosted or attended, groups, projects. */
    COLLABORATION
}
