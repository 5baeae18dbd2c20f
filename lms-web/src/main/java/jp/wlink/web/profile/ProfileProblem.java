package jp.wlink.web.profile;

/** One broken limit in what a member typed: the input it concerns, the message and its limit. */
public record ProfileProblem(String inputName, String messageKey, int limit) {}
