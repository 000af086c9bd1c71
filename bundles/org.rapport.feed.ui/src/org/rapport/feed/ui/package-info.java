/**
 * The Social Feed perspective's public face: the ids of its perspective, views and commands
 * ({@link org.rapport.feed.ui.FeedUi}).
 */
package org.rapport.feed.ui;
