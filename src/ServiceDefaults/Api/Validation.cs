using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.ServiceDefaults.Api;

public static class Validation
{
    /// <summary>
    /// Validates the endpoint's <typeparamref name="TRequest"/> argument with its FluentValidation
    /// validator and answers 400 with a ValidationProblem listing every failing field.
    /// </summary>
    public static RouteHandlerBuilder Validate<TRequest>(this RouteHandlerBuilder builder) =>
        builder
            .AddEndpointFilter(async (context, next) =>
            {
                var request = context.Arguments.OfType<TRequest>().FirstOrDefault();
                if (request is null)
                {
                    return await next(context);
                }

                var validator = context.HttpContext.RequestServices.GetRequiredService<IValidator<TRequest>>();
                var result = await validator.ValidateAsync(request, context.HttpContext.RequestAborted);
                return result.IsValid
                    ? await next(context)
                    : TypedResults.ValidationProblem(result.ToDictionary());
            })
            .ProducesValidationProblem();
}
