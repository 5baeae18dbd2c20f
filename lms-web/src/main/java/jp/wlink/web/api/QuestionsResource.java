package jp.wlink.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbException;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.function.Supplier;
import jp.wlink.question.bank.StaleQuestionException;
import jp.wlink.question.bank.UnknownQuestionException;
import jp.wlink.question.content.QuestionStatus;
import jp.wlink.web.account.Role;
import jp.wlink.web.api.problem.ProblemException;
import jp.wlink.web.api.problem.ProblemType;
import jp.wlink.web.questions.QuestionAuthors;
import jp.wlink.web.questions.QuestionCatalog;
import jp.wlink.web.questions.QuestionEditing;
import jp.wlink.web.questions.StoredQuestion;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The question bank for authors (hosts and administrators), with the same rights as the pages: a
 * host changes only their own questions and never publishes. Reading a question returns its
 * revision as the ETag; changing it requires that ETag in {@code If-Match}. Learners have no
 * access: these documents hold the correct answers.
 */
@Path("questions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "questions", description = "The question bank, for authors")
@RolesAllowed({Role.Names.HOST, Role.Names.ADMIN})
public class QuestionsResource {
  @Inject private QuestionCatalog catalog;
  @Inject private QuestionEditing editing;
  @Inject private QuestionAuthors authors;

  @GET
  @Operation(summary = "List questions by filter and Japanese full-text search, a page at a time")
  @APIResponse(responseCode = "200", description = "The page and the total count")
  @APIResponse(responseCode = "400", description = "A filter or paging value is invalid")
  @APIResponse(responseCode = "403", description = "Not an author")
  public QuestionSummaryPage list(
      @Valid @BeanParam PageRequest request, @BeanParam QuestionQueryParams params) {
    QuestionCatalog.RowPage page =
        catalog.search(params.toFilter(), request.first(), request.size());
    List<QuestionSummary> items = page.rows().stream().map(QuestionSummary::of).toList();
    return new QuestionSummaryPage(items, request.page(), request.size(), page.total());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A question with its current content and metadata")
  @APIResponse(
      responseCode = "200",
      description = "The question",
      headers = @Header(name = HttpHeaders.ETAG, description = "Revision, for If-Match"))
  @APIResponse(responseCode = "404", description = "No such question")
  public Response show(@PathParam("id") long id) {
    return current(editing.load(id).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a question")
  @RequestBody(content = @Content(schema = @Schema(implementation = QuestionInput.class)))
  @APIResponse(responseCode = "201", description = "Created; Location and ETag are set")
  @APIResponse(responseCode = "400", description = "The content or metadata is invalid")
  @APIResponse(responseCode = "403", description = "Not allowed to set that status")
  public Response create(JsonObject body) {
    QuestionInput.Parsed input = QuestionInput.read(body);
    StoredQuestion created =
        guarded(() -> editing.create(input.content(), input.metadata(), authors.current()));
    return Response.fromResponse(current(created))
        .status(Response.Status.CREATED)
        .location(URI.create(RestApplication.PATH + "/questions/" + created.id()))
        .build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Replace a question's content and metadata (a new version if it was shown)")
  @RequestBody(content = @Content(schema = @Schema(implementation = QuestionInput.class)))
  @APIResponse(responseCode = "200", description = "Changed; the body and ETag are the new ones")
  @APIResponse(responseCode = "403", description = "Not allowed to change this question")
  @APIResponse(responseCode = "412", description = "The question changed since the ETag was read")
  @APIResponse(responseCode = "428", description = "If-Match is missing")
  public Response update(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      JsonObject body) {
    long revision = revisionMatching(id, ifMatch);
    QuestionInput.Parsed input = QuestionInput.read(body);
    return current(
        guarded(
            () ->
                editing.edit(id, revision, input.content(), input.metadata(), authors.current())));
  }

  @GET
  @Path("{id}/versions")
  @Operation(summary = "Every version of a question, oldest first")
  @APIResponse(responseCode = "200", description = "The versions")
  @APIResponse(responseCode = "404", description = "No such question")
  public List<QuestionVersionView> versions(@PathParam("id") long id) {
    List<QuestionVersionView> versions =
        editing.versions(id).stream().map(QuestionVersionView::of).toList();
    if (versions.isEmpty()) {
      throw new ProblemException(ProblemType.NOT_FOUND);
    }
    return versions;
  }

  @POST
  @Path("{id}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Move a question to a status: publishing and retiring are for admins")
  @RequestBody(content = @Content(schema = @Schema(implementation = StatusChange.class)))
  @APIResponse(responseCode = "200", description = "Changed; the body and ETag are the new ones")
  @APIResponse(responseCode = "403", description = "Not allowed to set that status")
  @APIResponse(responseCode = "412", description = "The question changed since the ETag was read")
  @APIResponse(responseCode = "428", description = "If-Match is missing")
  public Response changeStatus(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      JsonObject body) {
    long revision = revisionMatching(id, ifMatch);
    QuestionStatus status = StatusChange.read(body);
    return current(guarded(() -> editing.changeStatus(id, revision, status, authors.current())));
  }

  /** The current revision if If-Match names it; otherwise the matching problem. */
  private long revisionMatching(long id, String ifMatch) {
    IfMatch precondition =
        IfMatch.parse(ifMatch)
            .orElseThrow(() -> new ProblemException(ProblemType.PRECONDITION_REQUIRED));
    StoredQuestion stored =
        editing.load(id).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND));
    if (!precondition.accepts(stored.revision())) {
      throw new ProblemException(ProblemType.PRECONDITION_FAILED);
    }
    return stored.revision();
  }

  private static StoredQuestion guarded(Supplier<StoredQuestion> change) {
    try {
      return change.get();
    } catch (QuestionEditing.NotAllowedException e) {
      throw new ProblemException(ProblemType.FORBIDDEN);
    } catch (StaleQuestionException e) {
      throw new ProblemException(ProblemType.PRECONDITION_FAILED);
    } catch (UnknownQuestionException e) {
      throw new ProblemException(ProblemType.NOT_FOUND);
    } catch (IllegalArgumentException | JsonException | JsonbException e) {
      throw new ProblemException(ProblemType.BAD_REQUEST);
    }
  }

  private static Response current(StoredQuestion question) {
    CacheControl revalidate = new CacheControl();
    revalidate.setPrivate(true);
    revalidate.setNoCache(true);
    return Response.ok(QuestionView.of(question))
        .header(HttpHeaders.ETAG, IfMatch.etagOf(question.revision()))
        .cacheControl(revalidate)
        .build();
  }
}
