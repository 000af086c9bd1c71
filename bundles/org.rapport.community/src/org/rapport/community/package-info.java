/**
 * The community domain's API, available as OSGi services: members with their identities on each platform, their link
 * to a contact, organizations, tags and the team flag ({@link org.rapport.community.MemberService}); typed, dated
 * activities tagged with a {@link org.rapport.community.Pillar} and the editable activity types that weigh them
 * ({@link org.rapport.community.ActivityService}); meetups, webinars and conferences with registrations and attendance
 * ({@link org.rapport.community.EventService}). Every service does database work: call it from a background job,
 * never from the UI thread. People of the contact database are referred to by their contacts ids; posts of the social
 * feed by the feed's post ids.
 */
package org.rapport.community;
