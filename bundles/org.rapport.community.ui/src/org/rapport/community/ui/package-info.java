/**
 * The Community perspective's public face: the ids of its perspective, views and commands
 * ({@link org.rapport.community.ui.CommunityUi}).
 */
package org.rapport.community.ui;
