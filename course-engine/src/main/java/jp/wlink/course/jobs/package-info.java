/** Cluster-wide claims that let a job run once a day however many W/LINK instances run it. */
package jp.wlink.course.jobs;
