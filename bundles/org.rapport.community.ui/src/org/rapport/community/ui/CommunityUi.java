package org.rapport.community.ui;

/** Identifiers of the Community perspective's parts and commands, for plugin.xml files and code of other bundles. */
public final class CommunityUi {

    /** The bundle's symbolic name. */
    public static final String PLUGIN_ID = "org.rapport.community.ui";
    /** The Community perspective. */
    public static final String PERSPECTIVE_ID = "org.rapport.community.ui.perspective";
    /** Every member: level, love, reach, last active, platforms, linked contact. */
    public static final String MEMBERS_VIEW_ID = "org.rapport.community.ui.view.members";
    /** The picked member: identities, contact link, score explanation, activity stream. */
    public static final String MEMBER_VIEW_ID = "org.rapport.community.ui.view.member";
    /** Connectivity: a graph of the most connected members. */
    public static final String CONNECTIVITY_VIEW_ID = "org.rapport.community.ui.view.connectivity";
    /** Conversations: members' posts still waiting for an answer. */
    public static final String CONVERSATIONS_VIEW_ID = "org.rapport.community.ui.view.conversations";
    /** Content: what members created, with its engagement. */
    public static final String CONTENT_VIEW_ID = "org.rapport.community.ui.view.content";
    /** Collaboration: events and groups with their participants. */
    public static final String COLLABORATION_VIEW_ID = "org.rapport.community.ui.view.collaboration";
    /** The Orbit chart: members per level over time. */
    public static final String ORBIT_VIEW_ID = "org.rapport.community.ui.view.orbit";
    /** Events: meetups, webinars, conferences with attendees and follow-up lists. */
    public static final String EVENTS_VIEW_ID = "org.rapport.community.ui.view.events";
    /** The community side of the contact selected anywhere (level, ambassador flag, recent activity). */
    public static final String CONTACT_COMMUNITY_VIEW_ID = "org.rapport.community.ui.view.contactCommunity";

    /** Imports an activity export (forum, chat, GitHub, attendee list) in a job. */
    public static final String IMPORT_ACTIVITIES_COMMAND_ID = "org.rapport.community.ui.command.importActivities";
    /** Records an activity by hand (a talk given, a meetup hosted, an article written). */
    public static final String ADD_ACTIVITY_COMMAND_ID = "org.rapport.community.ui.command.addActivity";
    /** Creates a meetup, webinar or conference. */
    public static final String NEW_EVENT_COMMAND_ID = "org.rapport.community.ui.command.newEvent";

    private CommunityUi() {
    }
}
