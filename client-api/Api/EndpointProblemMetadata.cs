using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Alms.Twins.Api;

/// <summary>Documents an endpoint's error answers with the API's one problem shape (with its <c>errors</c> member).</summary>
internal static class EndpointProblemMetadata
{
    public static RouteHandlerBuilder ProducesApiProblems(this RouteHandlerBuilder endpoint, params int[] statusCodes)
    {
        foreach (var statusCode in statusCodes)
        {
            endpoint.Produces<HttpValidationProblemDetails>(statusCode, "application/problem+json");
        }

        return endpoint;
    }
}
