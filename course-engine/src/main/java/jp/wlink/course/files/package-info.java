/**
 * The files lessons show: videos (MP4, WebM), images (body images and video posters), WebVTT
 * subtitle tracks and PDF attachments, stored on disk (shared storage for several instances) under
 * the SHA-256 of their bytes, each checked by its first bytes and by a size limit per kind.
 */
package jp.wlink.course.files;
