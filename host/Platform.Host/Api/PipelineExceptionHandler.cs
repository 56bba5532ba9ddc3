using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Platform.Host.Pipeline;
using Platform.Sdk.Data;
using Platform.Sdk.Pipeline;

namespace Platform.Host.Api;

/// <summary>
/// Turns exceptions into RFC 9457 problem responses: a step's <see cref="InvalidPluginExecutionException"/>
/// into its 4xx with the step's message; anything unexpected into a 500 with the correlation id (the
/// stack goes to the log, never to the caller).
/// </summary>
internal sealed class PipelineExceptionHandler(IProblemDetailsService problems, ILogger<PipelineExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var correlationId = httpContext.RequestServices.GetService<RequestContext>()?.CorrelationId;
        var problem = exception switch
        {
            PlatformProblemException e => Problem(e.Status, e.Title, e.Message, e.Errors),
            InvalidPluginExecutionException e => Problem(e.StatusCode is >= 400 and < 500 ? e.StatusCode : 400, "The operation was refused.", e.Message, e.Errors),
            EntityNotFoundException e => Problem(404, "Not found.", e.Message),
            UnknownTargetException e => Problem(404, "Not found.", e.Message),
            AmbiguousNameException e => Problem(400, "The name is ambiguous.", e.Message),
            BadHttpRequestException e => Problem(e.StatusCode, "The request is not valid.", e.Message),
            Microsoft.EntityFrameworkCore.DbUpdateException or PipelineStepFailedException { InnerException: Microsoft.EntityFrameworkCore.DbUpdateException } => Problem(409, "The change conflicts with existing data.",
                "A unique or reference rule of the database refused the change; nothing was written. Reload the record and try again."),
            PipelineDepthExceededException e => Problem(508, "Loop detected.", e.Message),
            PipelineStepTimeoutException e => Problem(504, "A pipeline step timed out.", e.Message),
            PipelineOperationTimeoutException e => Problem(504, "The operation timed out.", e.Message),
            PipelineStepFailedException e => Problem(500, "A pipeline step failed.", $"{e.Message} The operation was rolled back."),
            _ => Problem(500, "An unexpected error occurred.", "The operation was rolled back. Quote the correlation id when reporting this."),
        };
        if (problem.Status >= 500)
        {
            logger.LogError(exception, "Request {Path} failed (correlation {CorrelationId})", httpContext.Request.Path, correlationId);
        }
        problem.Extensions["correlationId"] = correlationId;
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails Problem(int status, string title, string detail, IDictionary<string, string[]>? errors = null)
    {
        var problem = errors is { Count: > 0 } ? new HttpValidationProblemDetails(errors) : new ProblemDetails();
        problem.Status = status;
        problem.Title = title;
        problem.Detail = detail;
        return problem;
    }
}
