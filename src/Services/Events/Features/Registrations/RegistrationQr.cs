using Governance.Events.Data;
using Governance.Events.Domain.Activities;
using Governance.ServiceDefaults.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using QRCoder;

namespace Governance.Events.Features.Registrations;

public static class RegistrationQr
{
    private const int PixelsPerModule = 10;

    /// <summary>The registration code as a QR image (PNG) to show at the door; it encodes the code alone.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Handle(
        Guid id, Guid registrationId, EventsDbContext db, CancellationToken cancellationToken)
    {
        var code = await db.Set<Registration>().AsNoTracking()
            .Where(r => r.Id == registrationId && r.ActivityId == id)
            .Select(r => r.Code)
            .FirstOrDefaultAsync(cancellationToken);
        if (code is null)
        {
            return ApiProblems.NotFound("registration", registrationId);
        }

        using var data = QRCodeGenerator.GenerateQrCode(code, QRCodeGenerator.ECCLevel.Q);
        using var png = new PngByteQRCode(data);
        return TypedResults.File(png.GetGraphic(PixelsPerModule), "image/png");
    }
}
