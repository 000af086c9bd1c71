/**
 * The Orbit model's scores, deterministic and explainable (no clustering: a member's level depends only on the
 * member's own activities, the rules and the calendar).
 * <ul>
 * <li><b>Love</b>: the activity types' weights summed over the look-back window (t − 90 days, t].</li>
 * <li><b>Levels</b> 1 (advocates) to 4 (explorers) by love thresholds (100, 40, 10): {@link LevelReplay} replays a
 * member's activities with the review calendar ({@link ReviewCalendar}: 00:00 UTC on the 1st of every month) — up at
 * once on the activity that reaches a threshold, down only at a review, to what the window gives then. The last review
 * resets the level, so an update after new activity needs only the activities since (last review − window).</li>
 * <li><b>Reach</b> ({@link Reach}): a reply or mention between two members adds 1.0 to both, a shared event 0.1 per
 * other member, each halving every 180 days; a stored reach decays as a whole, so an update adds one interaction.</li>
 * <li><b>Gravity</b>: love × reach per member; the community's gravity per month is the Orbit model's change of
 * weighted commitment (Σ level weight² × members, weights 10, 7, 4, 1) per member ({@code OrbitSnapshot}).</li>
 * <li><b>Staff</b> (the team flag) have no score and count in no figure, neither as members nor as connections.</li>
 * </ul>
 * A full recompute ({@link FullRecompute}) reads the activity table with JDBC into columns of primitives
 * ({@link ActivityColumns}), in parts by member id when it is large, and replaces the stored scores (CM_SCORE) and the
 * months of level history (CM_ORBIT_MONTH) in one transaction; {@link IncrementalUpdate} follows each commit of new
 * activity. Per-member level history is computed on demand by the replay.
 */
package org.rapport.community.internal.score;
