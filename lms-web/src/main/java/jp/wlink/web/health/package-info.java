/** MicroProfile Health checks that a load balancer or orchestrator asks before sending traffic. */
package jp.wlink.web.health;
