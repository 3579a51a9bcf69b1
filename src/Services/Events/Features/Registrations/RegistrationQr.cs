using System.Security.Claims;
using Governance.Events.Data;
using Governance.Events.Domain.Activities;
using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using QRCoder;

namespace Governance.Events.Features.Registrations;

public static class RegistrationQr
{
    private const int PixelsPerModule = 10;

    /// <summary>
    /// The registration code as a QR image (PNG) to show at the door; it encodes the code alone. The code
    /// checks a party in, so only the account that registered or an organiser may fetch it.
    /// </summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Handle(
        Guid id, Guid registrationId, ClaimsPrincipal user, EventsDbContext db, CancellationToken cancellationToken)
    {
        var registration = await db.Set<Registration>().AsNoTracking()
            .Where(r => r.Id == registrationId && r.ActivityId == id)
            .Select(r => new { r.Code, r.Account })
            .FirstOrDefaultAsync(cancellationToken);
        if (registration is null)
        {
            return ApiProblems.NotFound("registration", registrationId);
        }

        if (user.Refusal(registration.Account, Roles.EventOrganizer, "fetch this registration's code") is { } refusal)
        {
            return ApiProblems.From(refusal);
        }

        using var data = QRCodeGenerator.GenerateQrCode(registration.Code, QRCodeGenerator.ECCLevel.Q);
        using var png = new PngByteQRCode(data);
        return TypedResults.File(png.GetGraphic(PixelsPerModule), "image/png");
    }
}
