package jp.wlink.web.exams;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import jp.wlink.question.exam.AttemptNotFound;
import jp.wlink.question.exam.SaveOutcome;
import jp.wlink.question.exam.Shortage;
import jp.wlink.question.exam.StartOutcome;
import jp.wlink.web.account.Role;
import jp.wlink.web.api.problem.AcceptLanguage;
import jp.wlink.web.api.problem.Problem;
import jp.wlink.web.api.problem.ProblemException;
import jp.wlink.web.api.problem.ProblemType;
import jp.wlink.web.api.problem.Problems;
import jp.wlink.web.i18n.Messages;
import jp.wlink.web.questions.QuestionDisplay;
import jp.wlink.web.security.CurrentAccount;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Mock exams and practice quizzes through the API. Only the learner who started an attempt may see
 * or change it: for anyone else it does not exist (404). The server's clock decides the deadline;
 * an answer after it is refused with 410. Answers race safely: each save names the revision it is
 * based on, and a stale one gets 409 with the newer answer.
 */
@Path("attempts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "attempts", description = "Mock exams and practice quizzes")
@RolesAllowed({
  Role.Names.STUDENT,
  Role.Names.STAFF,
  Role.Names.MENTOR,
  Role.Names.HOST,
  Role.Names.ORG_ADMIN,
  Role.Names.MODERATOR,
  Role.Names.ADMIN
})
public class AttemptsResource {
  private static final String PROBLEM_JSON = "application/problem+json";

  @Inject private ExamTaking taking;
  @Inject private Reviews reviews;
  @Inject private CurrentAccount currentAccount;
  @Inject private QuestionDisplay display;
  @Inject private Messages messages;

  @Context private UriInfo uriInfo;
  @Context private HttpHeaders headers;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Start a mock exam (blueprintId) or a practice quiz (subjects or skills)")
  @APIResponse(responseCode = "201", description = "Started, or the open one resumed")
  @APIResponse(responseCode = "400", description = "Neither a blueprint nor a practice quiz")
  @APIResponse(responseCode = "404", description = "No such blueprint")
  @APIResponse(responseCode = "422", description = "The bank has no question to draw")
  public Response start(StartRequest request) {
    if (request == null) {
      throw new ProblemException(ProblemType.BAD_REQUEST);
    }
    long learner = learner();
    StartOutcome outcome;
    if (request.getBlueprintId() != null) {
      outcome =
          taking
              .startMockExam(learner, request.getBlueprintId())
              .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND));
    } else {
      outcome =
          taking.startPractice(
              learner,
              request.practice().orElseThrow(() -> new ProblemException(ProblemType.BAD_REQUEST)));
    }
    return started(outcome);
  }

  private Response started(StartOutcome outcome) {
    if (outcome instanceof StartOutcome.Started started) {
      ExamApiViews.Started body =
          new ExamApiViews.Started(
              started.attemptId(),
              started.resumed(),
              started.deadline().orElse(null),
              shortages(started.shortages()));
      return Response.created(uriInfo.getAbsolutePathBuilder().path("{id}").build(body.id()))
          .entity(body)
          .build();
    }
    throw new ProblemException(ProblemType.NO_QUESTIONS);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "The attempt: deadline, server time, and each question without answers")
  @APIResponse(responseCode = "200", description = "The attempt")
  @APIResponse(responseCode = "404", description = "No such attempt of the caller")
  public Response show(@PathParam("id") long id) {
    AttemptView view = owned(() -> AttemptView.of(taking.load(id, learner()), display, locale()));
    return Response.ok(view).cacheControl(noStore()).build();
  }

  @PUT
  @Path("{id}/slots/{position}/answer")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Save an answer based on the revision the client last saw")
  @APIResponse(responseCode = "200", description = "Saved: the new revision and time")
  @APIResponse(responseCode = "400", description = "No baseRevision, or not a response")
  @APIResponse(responseCode = "404", description = "No such attempt or question of the caller")
  @APIResponse(responseCode = "409", description = "Stale: the newer answer and its revision")
  @APIResponse(responseCode = "410", description = "Submitted or past the deadline")
  public Response answer(
      @PathParam("id") long id, @PathParam("position") int position, AnswerRequest request) {
    if (request == null || request.getBaseRevision() == null) {
      throw new ProblemException(ProblemType.BAD_REQUEST);
    }
    jp.wlink.question.scoring.Response response;
    try {
      response = request.parsedResponse();
    } catch (IllegalArgumentException unreadable) {
      throw new ProblemException(ProblemType.BAD_REQUEST);
    }
    SaveOutcome outcome =
        owned(() -> taking.save(id, learner(), position, request.getBaseRevision(), response));
    if (outcome instanceof SaveOutcome.Saved saved) {
      return Response.ok(new ExamApiViews.Saved(saved.revision(), saved.savedAt())).build();
    }
    if (outcome instanceof SaveOutcome.Stale stale) {
      return staleAnswer(stale);
    }
    throw new ProblemException(ProblemType.ATTEMPT_CLOSED);
  }

  private Response staleAnswer(SaveOutcome.Stale stale) {
    Problem problem =
        Problems.in(locale())
            .describe(
                ProblemType.STALE_ANSWER,
                ProblemType.STALE_ANSWER.status(),
                uriInfo.getRequestUri().getRawPath());
    ExamApiViews.StaleAnswer body =
        new ExamApiViews.StaleAnswer(
            problem.type(),
            problem.title(),
            problem.status(),
            problem.detail(),
            problem.instance(),
            stale.currentRevision(),
            ResponseValues.value(stale.currentResponse()));
    return Response.status(Response.Status.CONFLICT).type(PROBLEM_JSON).entity(body).build();
  }

  @PUT
  @Path("{id}/slots/{position}/flag")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Mark a question for review, or clear the mark")
  @APIResponse(responseCode = "200", description = "Marked as asked")
  @APIResponse(responseCode = "404", description = "No such attempt or question of the caller")
  @APIResponse(responseCode = "410", description = "Submitted or past the deadline")
  public ExamApiViews.Flagged flag(
      @PathParam("id") long id, @PathParam("position") int position, FlagRequest request) {
    if (request == null || request.getFlagged() == null) {
      throw new ProblemException(ProblemType.BAD_REQUEST);
    }
    boolean flagged = request.getFlagged();
    if (!owned(() -> taking.flag(id, learner(), position, flagged))) {
      throw new ProblemException(ProblemType.ATTEMPT_CLOSED);
    }
    return new ExamApiViews.Flagged(flagged);
  }

  @POST
  @Path("{id}/submit")
  @Operation(summary = "Submit the attempt; submitting again returns the same result")
  @APIResponse(responseCode = "200", description = "Submitted; the result")
  @APIResponse(responseCode = "404", description = "No such attempt of the caller")
  public Response submit(@PathParam("id") long id) {
    long learner = learner();
    owned(() -> taking.submit(id, learner));
    return result(id);
  }

  @GET
  @Path("{id}/result")
  @Operation(summary = "The result with the review: scores, pass or fail, answers, explanations")
  @APIResponse(responseCode = "200", description = "The result")
  @APIResponse(responseCode = "404", description = "No such attempt of the caller")
  @APIResponse(responseCode = "409", description = "Not submitted yet")
  public Response result(@PathParam("id") long id) {
    long learner = learner();
    owned(() -> taking.closeIfOverdue(id, learner));
    Locale locale = locale();
    ResultView view =
        owned(() -> reviews.of(id, learner))
            .map(r -> ResultView.of(r, display, (k, a) -> messages.text(locale, k, a), locale))
            .orElseThrow(() -> new ProblemException(ProblemType.ATTEMPT_OPEN));
    return Response.ok(view).cacheControl(noStore()).build();
  }

  private List<String> shortages(List<Shortage> shortages) {
    Locale locale = locale();
    return shortages.stream()
        .map(s -> messages.text(locale, s.messageKey(), s.args().toArray()))
        .toList();
  }

  /** Runs a learner's call; an attempt that is not theirs is simply not found. */
  private static <T> T owned(Supplier<T> call) {
    try {
      return call.get();
    } catch (AttemptNotFound notTheirs) {
      throw new ProblemException(ProblemType.NOT_FOUND);
    }
  }

  private long learner() {
    return currentAccount.id().orElseThrow(() -> new ProblemException(ProblemType.UNAUTHORIZED));
  }

  private Locale locale() {
    return AcceptLanguage.choose(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
  }

  private static CacheControl noStore() {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    noStore.setPrivate(true);
    return noStore;
  }
}
