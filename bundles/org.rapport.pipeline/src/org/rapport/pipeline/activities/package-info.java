/**
 * Activities of the sales pipeline: calls, meetings, tasks and emails logged against a person or an opportunity, with
 * due dates, reminders ({@link org.rapport.pipeline.activities.ReminderService}), done and overdue states, the rep's
 * "my day", and iCalendar exchange of meetings and tasks ({@link org.rapport.pipeline.activities.CalendarExchange}).
 */
package org.rapport.pipeline.activities;
