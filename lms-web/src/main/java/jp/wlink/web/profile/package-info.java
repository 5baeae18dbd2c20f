/**
 * Member profiles: what a member tells others about their work (organisation, job, prefecture,
 * experience, certifications), who may see each part, and the pages to edit and view it. The real
 * name is private to its owner and the administrators.
 */
package jp.wlink.web.profile;
