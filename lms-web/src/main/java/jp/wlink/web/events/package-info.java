/**
 * Events shared by the whole platform: an organiser's event with its Japan times, place and
 * capacity; members' answers (going, maybe, not going) with a seat or a place on the waiting list,
 * promoted automatically when a seat frees; and the event's .ics and each member's private calendar
 * feed.
 */
package jp.wlink.web.events;
